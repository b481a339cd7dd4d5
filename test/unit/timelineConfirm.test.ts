// Which clock presses the console asks about first (shared/src/timelineConfirm.ts).
import { describe, expect, it } from 'vitest';
import type { ClockEntry } from '@kafe/shared/clock';
import { clockConfirmation } from '@kafe/shared/timelineConfirm';
import { MINUTE, clockAt, oslo, templateOn } from '../fixtures/workshop.js';

const fixed = templateOn('2026-03-10', 'fixed');
const start = (at: number): ClockEntry => clockAt(at, { type: 'clock.started', planShiftMs: 0 });
const jump = (at: number, segmentId: string): ClockEntry => clockAt(at, { type: 'clock.jumped', segmentId });

describe('clockConfirmation', () => {
  it('Neste in the plenary (the last segment) asks before it ends the workshop', () => {
    const clock = [start(oslo('12:45')), jump(oslo('14:30'), 'plenary')];
    expect(clockConfirmation(fixed, clock, oslo('14:40'), { name: 'clock:next' })).toEqual({ kind: 'end' });
  });

  it('Forrige in the plenary does not end anything: no question', () => {
    const clock = [start(oslo('12:45')), jump(oslo('14:30'), 'plenary')];
    expect(clockConfirmation(fixed, clock, oslo('14:40'), { name: 'clock:prev' })).toBeNull();
  });

  it('Neste 10 minutes early in round 1 asks: round 2 would last 32 minutes instead of 22', () => {
    const asked = clockConfirmation(fixed, [start(oslo('12:45'))], oslo('13:15'), { name: 'clock:next' });
    expect(asked).toMatchObject({ kind: 'length', changes: [{ round: 2, fromMs: 22 * MINUTE, toMs: 32 * MINUTE }] });
  });

  it('+5 min in round 1 asks (round 1 30 minutes, round 2 17); +1 min does not', () => {
    const clock = [start(oslo('12:45'))];
    expect(clockConfirmation(fixed, clock, oslo('13:10'), { name: 'clock:adjust', deltaMs: 5 * MINUTE })?.kind).toBe(
      'length',
    );
    expect(clockConfirmation(fixed, clock, oslo('13:10'), { name: 'clock:adjust', deltaMs: MINUTE })).toBeNull();
  });

  it('Neste out of the intro goes at once, though round 1 grows (the note under the buttons says so)', () => {
    expect(clockConfirmation(fixed, [start(oslo('12:45'))], oslo('12:50'), { name: 'clock:next' })).toBeNull();
  });

  it('before the start and after the end nothing is asked', () => {
    expect(clockConfirmation(fixed, [], oslo('12:40'), { name: 'clock:next' })).toBeNull();
    const ended = [
      start(oslo('12:45')),
      jump(oslo('14:30'), 'plenary'),
      clockAt(oslo('14:50'), { type: 'clock.jumped', segmentId: null }),
    ];
    expect(clockConfirmation(fixed, ended, oslo('14:55'), { name: 'clock:next' })).toBeNull();
  });
});
