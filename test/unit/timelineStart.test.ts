// What every page says before the clock is started (shared/src/timelineStart.ts).
import { describe, expect, it } from 'vitest';
import { timelineAt } from '@kafe/shared/timeline';
import { startAnnouncement } from '@kafe/shared/timelineStart';
import { clockAt, oslo, templateOn } from '../fixtures/workshop.js';

const def = templateOn('2026-03-10', 'fixed');
const announce = (now: number) => startAnnouncement(def, timelineAt(def, [], now), now);

describe('startAnnouncement', () => {
  it("says the planned start of the first segment in the workshop's time zone, not its length", () => {
    expect(announce(oslo('12:00'))).toEqual({ time: '12:45', startsAt: oslo('12:45'), countdown: true });
  });

  it("counts down only on the workshop's day and before the start", () => {
    expect(announce(oslo('08:00', 0, '2026-03-09'))?.countdown).toBe(false);
    expect(announce(oslo('12:46'))?.countdown).toBe(false);
    expect(announce(oslo('12:46'))?.time).toBe('12:45');
  });

  it('reads the time zone of the workshop, not of the device', () => {
    const ny = { ...def, timeZone: 'America/New_York' };
    const now = Date.parse('2026-03-10T15:00:00Z');
    expect(startAnnouncement(ny, timelineAt(ny, [], now), now)).toMatchObject({
      time: '12:45',
      startsAt: Date.parse('2026-03-10T16:45:00Z'),
    });
  });

  it('is gone once the clock has started', () => {
    const now = oslo('12:46');
    const t = timelineAt(def, [clockAt(oslo('12:45'), { type: 'clock.started', planShiftMs: 0 })], now);
    expect(startAnnouncement(def, t, now)).toBeNull();
  });
});
