// What a clock button would do to the rounds, asked before it is pressed (shared/src/timelineRoundChange.ts).
import { describe, expect, it } from 'vitest';
import type { ClockEntry } from '@kafe/shared/clock';
import { minutesOf, roundLengthChange } from '@kafe/shared/timelineRoundChange';
import { MINUTE, clockAt, oslo, templateOn } from '../fixtures/workshop.js';

const fixed = templateOn('2026-03-10', 'fixed');
const durations = templateOn('2026-03-10', 'durations');
const start = (at: number): ClockEntry => clockAt(at, { type: 'clock.started', planShiftMs: 0 });
const jump = (at: number, segmentId: string): ClockEntry => clockAt(at, { type: 'clock.jumped', segmentId });
const summary = (changes: ReturnType<typeof roundLengthChange>) =>
  changes.map((c) => [c.round, minutesOf(c.fromMs), minutesOf(c.toMs)]);

describe('roundLengthChange', () => {
  it('Neste 10 minutes early in round 1: round 2 lasts 32 minutes instead of 22', () => {
    const changes = roundLengthChange(fixed, [start(oslo('12:45'))], oslo('13:15'), { name: 'clock:next' });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      segmentId: 'round-2',
      round: 2,
      title: 'Andre spørsmål',
      fromMs: 22 * MINUTE,
      toMs: 32 * MINUTE,
    });
  });

  it('Neste 2 minutes early changes round 2 by only 2 minutes: nothing to say', () => {
    expect(roundLengthChange(fixed, [start(oslo('12:45'))], oslo('13:23'), { name: 'clock:next' })).toEqual([]);
  });

  it('Neste into round 1 early says round 1 grows', () => {
    expect(summary(roundLengthChange(fixed, [start(oslo('12:45'))], oslo('12:50'), { name: 'clock:next' }))).toEqual([
      [1, 25, 35],
    ]);
  });

  it('+5 min in round 1: round 1 lasts 30, and round 2 (which absorbs) 17', () => {
    const changes = roundLengthChange(fixed, [start(oslo('12:45'))], oslo('13:10'), {
      name: 'clock:adjust',
      deltaMs: 5 * MINUTE,
    });
    expect(summary(changes)).toEqual([
      [1, 25, 30],
      [2, 22, 17],
    ]);
  });

  it('+1 min says nothing', () => {
    expect(
      roundLengthChange(fixed, [start(oslo('12:45'))], oslo('13:10'), { name: 'clock:adjust', deltaMs: MINUTE }),
    ).toEqual([]);
  });

  it('Forrige in round 2 at 13:35: the rotation again, so round 2 now lasts 12 minutes', () => {
    const clock = [start(oslo('12:45'))];
    expect(summary(roundLengthChange(fixed, clock, oslo('13:35'), { name: 'clock:prev' }))).toEqual([[2, 22, 12]]);
  });

  it('a jump ahead to round 3 during round 1 says round 3 grows', () => {
    const changes = roundLengthChange(fixed, [start(oslo('12:45'))], oslo('13:10'), {
      name: 'clock:jump',
      segmentId: 'round-3',
    });
    expect(summary(changes)).toEqual([[3, 22, 80]]);
  });

  it('keep durations: Neste early changes no round', () => {
    expect(roundLengthChange(durations, [start(oslo('12:45'))], oslo('13:15'), { name: 'clock:next' })).toEqual([]);
  });

  it('a button that would be refused (before the start, or a jump to nowhere) says nothing', () => {
    expect(roundLengthChange(fixed, [], oslo('12:40'), { name: 'clock:next' })).toEqual([]);
    expect(
      roundLengthChange(fixed, [start(oslo('12:45'))], oslo('12:50'), { name: 'clock:jump', segmentId: 'nope' }),
    ).toEqual([]);
  });

  it('while paused, counts the frozen time of the current round', () => {
    const clock = [
      start(oslo('12:45')),
      jump(oslo('13:00'), 'round-1'),
      clockAt(oslo('13:05'), { type: 'clock.paused' }),
    ];
    const changes = roundLengthChange(fixed, clock, oslo('13:06'), { name: 'clock:adjust', deltaMs: 5 * MINUTE });
    expect(changes[0]).toMatchObject({ round: 1, toMs: 31 * MINUTE });
  });
});
