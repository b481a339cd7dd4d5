// How clocks show remaining time, and wall-clock ↔ instant in a time zone (shared/src/time.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateInZone,
  formatRemaining,
  minutesOfDay,
  wallClockOf,
  wallClockToEpoch,
  zoneOffsetMs,
} from '@kafe/shared/time';

const S = 1000;
const M = 60 * S;
const H = 60 * M;

describe('formatRemaining', () => {
  it('shows m:ss under an hour', () => {
    expect(formatRemaining(25 * M)).toBe('25:00');
    expect(formatRemaining(9 * M + 5 * S)).toBe('9:05');
    expect(formatRemaining(59 * M + 59 * S)).toBe('59:59');
  });

  it('shows h:mm:ss from an hour on', () => {
    expect(formatRemaining(H)).toBe('1:00:00');
    expect(formatRemaining(H + M + S)).toBe('1:01:01');
    expect(formatRemaining(10 * H + 5 * M)).toBe('10:05:00');
  });

  it('shows 0:00 exactly at the deadline, and rounds up while counting down', () => {
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(S)).toBe('0:01');
    expect(formatRemaining(S + 1)).toBe('0:02');
    expect(formatRemaining(M - 1)).toBe('1:00');
  });

  it('shows -m:ss in overtime', () => {
    expect(formatRemaining(-S)).toBe('-0:01');
    expect(formatRemaining(-5 * M)).toBe('-5:00');
    expect(formatRemaining(-(61 * S))).toBe('-1:01');
    expect(formatRemaining(-(H + 2 * M))).toBe('-1:02:00');
  });

  it('never shows "-0:00"', () => {
    expect(formatRemaining(-1)).toBe('0:00');
    expect(formatRemaining(-999)).toBe('0:00');
  });

  it('always matches the pattern the UI contract promises', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20 * H, max: 20 * H }), (ms) => {
        expect(formatRemaining(ms)).toMatch(/^-?(\d+:[0-5]\d|\d+:[0-5]\d:[0-5]\d)$/);
      }),
    );
  });

  it('counts down one second at a time, never skipping or repeating a second', () => {
    for (let ms = 3 * M; ms > -3 * M; ms -= S) {
      const a = formatRemaining(ms);
      const b = formatRemaining(ms - S);
      expect(a, `${ms}`).not.toBe(b);
    }
  });
});

describe('zone helpers', () => {
  it('minutesOfDay reads HH:MM', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('13:28')).toBe(13 * 60 + 28);
    expect(minutesOfDay('23:59')).toBe(1439);
  });

  it('zoneOffsetMs is +1 h in an Oslo winter and +2 h in an Oslo summer', () => {
    expect(zoneOffsetMs('Europe/Oslo', Date.parse('2026-01-15T12:00:00Z'))).toBe(H);
    expect(zoneOffsetMs('Europe/Oslo', Date.parse('2026-07-15T12:00:00Z'))).toBe(2 * H);
    expect(zoneOffsetMs('UTC', Date.parse('2026-07-15T12:00:00Z'))).toBe(0);
    expect(zoneOffsetMs('Asia/Kolkata', Date.parse('2026-07-15T12:00:00Z'))).toBe(5.5 * H);
  });

  it("wallClockToEpoch resolves a wall-clock time in the workshop's zone", () => {
    expect(wallClockToEpoch('2026-03-10', '12:45', 'Europe/Oslo')).toBe(Date.parse('2026-03-10T11:45:00Z'));
    expect(wallClockToEpoch('2026-06-10', '12:45', 'Europe/Oslo')).toBe(Date.parse('2026-06-10T10:45:00Z'));
    expect(wallClockToEpoch('2026-03-10', '12:45', 'America/New_York')).toBe(Date.parse('2026-03-10T16:45:00Z'));
  });

  it('wallClockToEpoch is right on both sides of the DST changes', () => {
    expect(wallClockToEpoch('2026-03-29', '01:59', 'Europe/Oslo')).toBe(Date.parse('2026-03-29T00:59:00Z'));
    expect(wallClockToEpoch('2026-03-29', '03:00', 'Europe/Oslo')).toBe(Date.parse('2026-03-29T01:00:00Z'));
    expect(wallClockToEpoch('2026-10-25', '01:59', 'Europe/Oslo')).toBe(Date.parse('2026-10-24T23:59:00Z'));
    expect(wallClockToEpoch('2026-10-25', '03:00', 'Europe/Oslo')).toBe(Date.parse('2026-10-25T02:00:00Z'));
  });

  it('a time that does not exist (02:30 on the spring change) moves forward by the gap, to 03:30', () => {
    expect(wallClockOf(wallClockToEpoch('2026-03-29', '02:30', 'Europe/Oslo'), 'Europe/Oslo')).toBe('03:30');
  });

  it('dateInZone and wallClockOf read an instant in the zone, not in UTC', () => {
    const late = Date.parse('2026-03-10T23:30:00Z');
    expect(dateInZone(late, 'Europe/Oslo')).toBe('2026-03-11');
    expect(dateInZone(late, 'UTC')).toBe('2026-03-10');
    expect(wallClockOf(late, 'Europe/Oslo')).toBe('00:30');
    expect(wallClockOf(Date.parse('2026-03-10T11:45:00Z'), 'Europe/Oslo')).toBe('12:45');
  });

  it('wall clock → instant → wall clock gives back the same date and time (outside the DST gap)', () => {
    const zones = ['Europe/Oslo', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).filter(([h]) => h !== 2);
    const date = fc
      .integer({ min: 0, max: 364 })
      .map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(...zones), date, time, (zone, d, [h, m]) => {
        const hhmm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        const at = wallClockToEpoch(d, hhmm, zone);
        expect(wallClockOf(at, zone)).toBe(hhmm);
        expect(dateInZone(at, zone)).toBe(d);
      }),
    );
  });
});
