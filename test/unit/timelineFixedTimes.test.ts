// Fixed times when a segment starts early or late: transitions keep their length, rounds absorb up to the next fixed
// time, the plenary neither grows nor outlasts the day (shared/src/timelineDeadline.ts, used by timeline.ts).
import { describe, expect, it } from 'vitest';
import type { ClockEntry, ClockEvent } from '@kafe/shared/clock';
import { scheduleAt, timelineAt } from '@kafe/shared/timeline';
import { fixedTimesFitOf, segmentDeadline } from '@kafe/shared/timelineDeadline';
import { MINUTE, SECOND, clockAt, oslo, templateOn } from '../fixtures/workshop.js';

const fixed = templateOn('2026-03-10', 'fixed');
const durations = templateOn('2026-03-10', 'durations');
const start = (at: number): ClockEntry => clockAt(at, { type: 'clock.started', planShiftMs: 0 });
const jump = (at: number, segmentId: string | null): ClockEntry => clockAt(at, { type: 'clock.jumped', segmentId });
const at = (hhmm: string, event: ClockEvent, plusMs = 0): ClockEntry => clockAt(oslo(hhmm, plusMs), event);

describe('early Neste into a rotation (the seed case)', () => {
  // Started 12:45, Neste at 12:47 (round 1) and again at 12:48 (rotation): the rotation used to run until 13:28.
  const clock = [start(oslo('12:45')), jump(oslo('12:47'), 'round-1'), jump(oslo('12:48'), 'rotation-1')];

  it('the rotation shows 3:00, not 39:55', () => {
    const t = timelineAt(fixed, clock, oslo('12:48'));
    expect(t.segment?.id).toBe('rotation-1');
    expect(t.remainingMs).toBe(3 * MINUTE);
    expect(t.endsAt).toBe(oslo('12:51'));
  });

  it('round 2 then runs from the end of the rotation until its planned end, 13:50', () => {
    const t = timelineAt(fixed, clock, oslo('12:51'));
    expect(t.segment?.id).toBe('round-2');
    expect(t.startedAt).toBe(oslo('12:51'));
    expect(t.endsAt).toBe(oslo('13:50'));
  });

  it('planned vs actual stays exact: the runs and the projection follow the rule', () => {
    expect(timelineAt(fixed, clock, oslo('12:52')).runs).toEqual([
      { segmentId: 'intro', startedAt: oslo('12:45'), endedAt: oslo('12:47') },
      { segmentId: 'round-1', startedAt: oslo('12:47'), endedAt: oslo('12:48') },
      { segmentId: 'rotation-1', startedAt: oslo('12:48'), endedAt: oslo('12:51') },
      { segmentId: 'round-2', startedAt: oslo('12:51'), endedAt: null },
    ]);
    const rows = scheduleAt(fixed, clock, oslo('12:49'));
    expect(rows[3]).toMatchObject({
      segmentId: 'round-2',
      startAt: oslo('12:51'),
      endAt: oslo('13:50'),
      projected: true,
    });
    expect(rows[4]).toMatchObject({ segmentId: 'break', startAt: oslo('13:50'), endAt: oslo('14:05') });
  });

  it('keep durations is unchanged: 3 minutes, then round 2 with its own 22', () => {
    expect(timelineAt(durations, clock, oslo('12:48')).endsAt).toBe(oslo('12:51'));
    expect(timelineAt(durations, clock, oslo('12:52')).endsAt).toBe(oslo('13:13'));
  });
});

describe('early Neste into the break', () => {
  const clock = [start(oslo('12:45')), jump(oslo('13:40'), 'break')];

  it('a break started 10 minutes early ends 10 minutes early', () => {
    const t = timelineAt(fixed, clock, oslo('13:41'));
    expect(t.segment?.id).toBe('break');
    expect(t.endsAt).toBe(oslo('13:55'));
  });

  it('the rotation after it keeps its 3 minutes and round 3 absorbs up to 14:30', () => {
    expect(timelineAt(fixed, clock, oslo('13:56')).endsAt).toBe(oslo('13:58'));
    const r3 = timelineAt(fixed, clock, oslo('13:58'));
    expect(r3.segment?.id).toBe('round-3');
    expect(r3.endsAt).toBe(oslo('14:30'));
  });
});

describe('into the plenary', () => {
  it('early: it keeps its 30 minutes, then holds with overtime', () => {
    const clock = [start(oslo('12:45')), jump(oslo('14:20'), 'plenary')];
    expect(timelineAt(fixed, clock, oslo('14:21')).endsAt).toBe(oslo('14:50'));
    expect(timelineAt(fixed, clock, oslo('14:55'))).toMatchObject({
      status: 'running',
      remainingMs: -5 * MINUTE,
      overtime: true,
    });
  });

  it('clicked through at 12:51, it shows 30:00, not 2:09:00', () => {
    const t = timelineAt(fixed, [start(oslo('12:45')), jump(oslo('12:51'), 'plenary')], oslo('12:51'));
    expect(t.remainingMs).toBe(30 * MINUTE);
  });

  it('late: it ends at the planned end of the workshop', () => {
    expect(timelineAt(fixed, [start(oslo('12:45')), jump(oslo('14:40'), 'plenary')], oslo('14:41')).endsAt).toBe(
      oslo('15:00'),
    );
  });
});

describe('late starts', () => {
  it('a rotation started late (round 1 ran 2 minutes over) keeps its 3 minutes; round 2 is 2 minutes shorter', () => {
    const clock = [start(oslo('12:45')), at('13:20', { type: 'clock.adjusted', deltaMs: 2 * MINUTE })];
    const rotation = timelineAt(fixed, clock, oslo('13:27', SECOND));
    expect(rotation.segment?.id).toBe('rotation-1');
    expect(rotation.endsAt).toBe(oslo('13:30'));
    expect(timelineAt(fixed, clock, oslo('13:31')).endsAt).toBe(oslo('13:50'));
  });

  it('a round still ends on its fixed time when the clock starts late', () => {
    const clock = [start(oslo('12:50'))];
    expect(timelineAt(fixed, clock, oslo('12:51')).endsAt).toBe(oslo('13:00'));
    expect(timelineAt(fixed, clock, oslo('13:01')).endsAt).toBe(oslo('13:25'));
  });
});

describe('adjustments', () => {
  it('−5 min in round 1: the rotation moves 5 minutes earlier with its 3 minutes, round 2 gains the 5', () => {
    const clock = [start(oslo('12:45')), at('13:10', { type: 'clock.adjusted', deltaMs: -5 * MINUTE })];
    expect(timelineAt(fixed, clock, oslo('13:11')).endsAt).toBe(oslo('13:20'));
    expect(timelineAt(fixed, clock, oslo('13:21')).endsAt).toBe(oslo('13:23'));
    const r2 = timelineAt(fixed, clock, oslo('13:24'));
    expect(r2.segment?.id).toBe('round-2');
    expect(r2.endsAt).toBe(oslo('13:50'));
  });

  it('+2 min in the rotation: it ends at 13:30 and round 2 still ends at 13:50', () => {
    const clock = [start(oslo('12:45')), at('13:26', { type: 'clock.adjusted', deltaMs: 2 * MINUTE })];
    expect(timelineAt(fixed, clock, oslo('13:27')).endsAt).toBe(oslo('13:30'));
    expect(timelineAt(fixed, clock, oslo('13:31')).endsAt).toBe(oslo('13:50'));
  });
});

describe('jump back (Forrige)', () => {
  it('back from round 2 to the rotation: 3 minutes of it again, then round 2 until 13:50', () => {
    const clock = [start(oslo('12:45')), jump(oslo('13:35'), 'rotation-1')];
    expect(timelineAt(fixed, clock, oslo('13:36')).endsAt).toBe(oslo('13:38'));
    const r2 = timelineAt(fixed, clock, oslo('13:39'));
    expect(r2.endsAt).toBe(oslo('13:50'));
    expect(r2.runs.map((r) => [r.segmentId, r.startedAt, r.endedAt])).toEqual([
      ['intro', oslo('12:45'), oslo('13:00')],
      ['round-1', oslo('13:00'), oslo('13:25')],
      ['rotation-1', oslo('13:25'), oslo('13:28')],
      ['round-2', oslo('13:28'), oslo('13:35')],
      ['rotation-1', oslo('13:35'), oslo('13:38')],
      ['round-2', oslo('13:38'), null],
    ]);
  });
});

describe('segmentDeadline', () => {
  const planned = { startAt: oslo('13:25'), endAt: oslo('13:28') };

  it('sorts every kind: transitions keep their length, rounds, talks and the intro fill, the plenary closes', () => {
    expect((['rotation', 'break', 'other'] as const).map(fixedTimesFitOf)).toEqual([
      'keepsLength',
      'keepsLength',
      'keepsLength',
    ]);
    expect((['round', 'talk', 'intro'] as const).map(fixedTimesFitOf)).toEqual([
      'fillsToFixedTime',
      'fillsToFixedTime',
      'fillsToFixedTime',
    ]);
    expect(fixedTimesFitOf('plenary')).toBe('closing');
  });

  it('started on time, every kind ends on the next fixed time', () => {
    for (const kind of ['rotation', 'round', 'plenary'] as const) {
      expect(segmentDeadline('fixed', { kind, durationMin: 3 }, planned, planned.startAt), kind).toBe(planned.endAt);
    }
  });

  it('a round whose planned end has passed gets its own length rather than none', () => {
    expect(segmentDeadline('fixed', { kind: 'round', durationMin: 22 }, planned, oslo('13:30'))).toBe(oslo('13:52'));
  });
});
