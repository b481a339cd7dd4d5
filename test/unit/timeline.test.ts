// Where the workshop is, computed from the agenda and the clock events alone (shared/src/timeline.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClockEntry } from '@kafe/shared/clock';
import { planShiftForStart, scheduleAt, timelineAt } from '@kafe/shared/timeline';
import { MINUTE, SECOND, clockAt, oslo, templateOn } from '../fixtures/workshop.js';
import { must } from '../fixtures/must.js';

const fixed = templateOn('2026-03-10', 'fixed');
const durations = templateOn('2026-03-10', 'durations');
const start = (at: number): ClockEntry => clockAt(at, { type: 'clock.started', planShiftMs: 0 });

describe('before the start', () => {
  it('shows the intro as next, with its full length and no deadline', () => {
    const t = timelineAt(fixed, [], oslo('12:30'));
    expect(t).toMatchObject({
      status: 'notStarted',
      index: -1,
      segment: null,
      endsAt: null,
      overtime: false,
      startedAt: null,
    });
    expect(t.next?.id).toBe('intro');
    expect(t.remainingMs).toBe(15 * MINUTE);
  });

  it('does not start by itself when the planned time passes', () => {
    expect(timelineAt(fixed, [], oslo('13:10')).status).toBe('notStarted');
  });
});

describe('started on time (fixed times)', () => {
  const clock = [start(oslo('12:45'))];

  it('runs the intro until 13:00', () => {
    const t = timelineAt(fixed, clock, oslo('12:50'));
    expect(t).toMatchObject({
      status: 'running',
      index: 0,
      endsAt: oslo('13:00'),
      remainingMs: 10 * MINUTE,
      overtime: false,
    });
    expect(t.segment?.id).toBe('intro');
    expect(t.next?.id).toBe('round-1');
    expect(t.startDelayMs).toBe(0);
    expect(t.endDelayMs).toBe(0);
  });

  it('moves into round 1 by itself at 13:00 and runs it until 13:25', () => {
    expect(timelineAt(fixed, clock, oslo('13:00', -1)).segment?.id).toBe('intro');
    const t = timelineAt(fixed, clock, oslo('13:00'));
    expect(t.segment?.id).toBe('round-1');
    expect(t.endsAt).toBe(oslo('13:25'));
    expect(t.runs).toEqual([
      { segmentId: 'intro', startedAt: oslo('12:45'), endedAt: oslo('13:00') },
      { segmentId: 'round-1', startedAt: oslo('13:00'), endedAt: null },
    ]);
  });

  it('walks through every segment on the planned wall-clock times', () => {
    const expected: [string, string][] = [
      ['13:10', 'round-1'],
      ['13:26', 'rotation-1'],
      ['13:30', 'round-2'],
      ['13:55', 'break'],
      ['14:06', 'rotation-2'],
      ['14:10', 'round-3'],
      ['14:45', 'plenary'],
    ];
    for (const [hhmm, id] of expected) expect(timelineAt(fixed, clock, oslo(hhmm)).segment?.id, hhmm).toBe(id);
  });
});

describe('started 5 minutes late', () => {
  const clock = [start(oslo('12:50'))];

  it('fixed times: the intro still ends at 13:00 and round 1 still at 13:25', () => {
    const t = timelineAt(fixed, clock, oslo('12:51'));
    expect(t.endsAt).toBe(oslo('13:00'));
    expect(t.startDelayMs).toBe(5 * MINUTE);
    expect(t.endDelayMs).toBe(0);
    expect(timelineAt(fixed, clock, oslo('13:01')).endsAt).toBe(oslo('13:25'));
  });

  it('keep durations: the intro ends at 13:05 and everything after shifts by 5 minutes', () => {
    const t = timelineAt(durations, clock, oslo('12:51'));
    expect(t.endsAt).toBe(oslo('13:05'));
    expect(t.startDelayMs).toBe(5 * MINUTE);
    expect(t.endDelayMs).toBe(5 * MINUTE);
    expect(timelineAt(durations, clock, oslo('13:04')).segment?.id).toBe('intro');
    const r1 = timelineAt(durations, clock, oslo('13:06'));
    expect(r1.segment?.id).toBe('round-1');
    expect(r1.endsAt).toBe(oslo('13:30'));
    expect(r1.startDelayMs).toBe(5 * MINUTE);
    expect(timelineAt(durations, clock, oslo('13:31')).segment?.id).toBe('rotation-1');
    expect(timelineAt(durations, clock, oslo('13:34')).endsAt).toBe(oslo('13:55'));
  });
});

describe('fixed times after the planned end has passed', () => {
  it('gives a segment its own length when its planned end is already over', () => {
    const t = timelineAt(fixed, [start(oslo('13:10'))], oslo('13:11'));
    expect(t.segment?.id).toBe('intro');
    expect(t.endsAt).toBe(oslo('13:25'));
  });
});

describe('pause and resume', () => {
  const clock = [start(oslo('12:45')), clockAt(oslo('12:55'), { type: 'clock.paused' })];

  it('freezes the remaining time and does not move on while paused', () => {
    const t = timelineAt(fixed, clock, oslo('13:20'));
    expect(t).toMatchObject({ status: 'paused', index: 0, endsAt: null, remainingMs: 5 * MINUTE, overtime: false });
    expect(t.endDelayMs).toBe(25 * MINUTE);
  });

  it('continues with the frozen remaining time after resume', () => {
    const resumed = [...clock, clockAt(oslo('13:10'), { type: 'clock.resumed' })];
    const t = timelineAt(fixed, resumed, oslo('13:11'));
    expect(t).toMatchObject({ status: 'running', index: 0, endsAt: oslo('13:15'), remainingMs: 4 * MINUTE });
    // Round 1 then ends on its planned time again (fixed times).
    const r1 = timelineAt(fixed, resumed, oslo('13:16'));
    expect(r1.segment?.id).toBe('round-1');
    expect(r1.endsAt).toBe(oslo('13:25'));
  });

  it('ignores a resume while running and a pause while paused', () => {
    const t = timelineAt(
      fixed,
      [start(oslo('12:45')), clockAt(oslo('12:50'), { type: 'clock.resumed' })],
      oslo('12:55'),
    );
    expect(t.endsAt).toBe(oslo('13:00'));
    const twice = [...clock, clockAt(oslo('12:58'), { type: 'clock.paused' })];
    expect(timelineAt(fixed, twice, oslo('13:00')).remainingMs).toBe(5 * MINUTE);
  });
});

describe('jumps (next, previous, jump to a segment)', () => {
  const base = [start(oslo('12:45'))];

  it('next during the intro starts round 1 at once, ending at its planned time', () => {
    const t = timelineAt(
      fixed,
      [...base, clockAt(oslo('12:50'), { type: 'clock.jumped', segmentId: 'round-1' })],
      oslo('12:51'),
    );
    expect(t.segment?.id).toBe('round-1');
    expect(t.endsAt).toBe(oslo('13:25'));
    expect(t.startDelayMs).toBe(-10 * MINUTE);
    expect(t.runs.map((r) => [r.segmentId, r.startedAt, r.endedAt])).toEqual([
      ['intro', oslo('12:45'), oslo('12:50')],
      ['round-1', oslo('12:50'), null],
    ]);
  });

  it('previous goes back to an earlier segment and records a new run of it', () => {
    const clock = [...base, clockAt(oslo('13:05'), { type: 'clock.jumped', segmentId: 'intro' })];
    const t = timelineAt(durations, clock, oslo('13:06'));
    expect(t.segment?.id).toBe('intro');
    expect(t.endsAt).toBe(oslo('13:20'));
    expect(t.runs.map((r) => r.segmentId)).toEqual(['intro', 'round-1', 'intro']);
  });

  it("a jump while paused stays paused, with the new segment's time frozen", () => {
    const clock = [
      ...base,
      clockAt(oslo('12:50'), { type: 'clock.paused' }),
      clockAt(oslo('12:55'), { type: 'clock.jumped', segmentId: 'round-2' }),
    ];
    const t = timelineAt(fixed, clock, oslo('13:30'));
    expect(t.status).toBe('paused');
    expect(t.segment?.id).toBe('round-2');
    expect(t.remainingMs).toBe(55 * MINUTE); // 12:55 → 13:50, frozen
  });

  it('jumping to null ends the workshop', () => {
    const t = timelineAt(
      fixed,
      [...base, clockAt(oslo('13:00'), { type: 'clock.jumped', segmentId: null })],
      oslo('13:01'),
    );
    expect(t).toMatchObject({
      status: 'finished',
      segment: null,
      next: null,
      endsAt: null,
      remainingMs: 0,
      overtime: false,
    });
    expect(t.runs.at(-1)?.endedAt).toBe(oslo('13:00'));
  });

  it('a jump to a segment that is not in the agenda changes nothing', () => {
    const t = timelineAt(
      fixed,
      [...base, clockAt(oslo('12:50'), { type: 'clock.jumped', segmentId: 'nope' })],
      oslo('12:51'),
    );
    expect(t.segment?.id).toBe('intro');
    expect(t.runs).toHaveLength(1);
  });

  it('a jump before the start changes nothing', () => {
    expect(
      timelineAt(fixed, [clockAt(oslo('12:40'), { type: 'clock.jumped', segmentId: 'round-2' })], oslo('12:41')).status,
    ).toBe('notStarted');
  });
});

describe('adjust ±1 minute', () => {
  const base = [start(oslo('12:45'))];

  it('+1 minute moves the running deadline a minute later', () => {
    const t = timelineAt(
      fixed,
      [...base, clockAt(oslo('12:50'), { type: 'clock.adjusted', deltaMs: MINUTE })],
      oslo('12:51'),
    );
    expect(t.endsAt).toBe(oslo('13:01'));
    expect(t.endDelayMs).toBe(MINUTE);
    expect(
      timelineAt(
        fixed,
        [...base, clockAt(oslo('12:50'), { type: 'clock.adjusted', deltaMs: MINUTE })],
        oslo('13:00', 30 * SECOND),
      ).segment?.id,
    ).toBe('intro');
  });

  it('-1 minute moves it a minute earlier', () => {
    const t = timelineAt(
      fixed,
      [...base, clockAt(oslo('12:50'), { type: 'clock.adjusted', deltaMs: -MINUTE })],
      oslo('12:51'),
    );
    expect(t.endsAt).toBe(oslo('12:59'));
    expect(
      timelineAt(fixed, [...base, clockAt(oslo('12:50'), { type: 'clock.adjusted', deltaMs: -MINUTE })], oslo('12:59'))
        .segment?.id,
    ).toBe('round-1');
  });

  it('keep durations: a cut past the end while paused makes the next segment start at resume, with its full length', () => {
    // Paused with 30 s left; -1 min while paused; resumed at 13:10: round 1 starts at 13:10 and runs until 13:35.
    const clock = [
      start(oslo('12:50')),
      clockAt(oslo('13:04', 30 * SECOND), { type: 'clock.paused' }),
      clockAt(oslo('13:05'), { type: 'clock.adjusted', deltaMs: -MINUTE }),
      clockAt(oslo('13:10'), { type: 'clock.resumed' }),
    ];
    const t = timelineAt(durations, clock, oslo('13:11'));
    expect(t.segment?.id).toBe('round-1');
    expect(t.startedAt).toBe(oslo('13:10'));
    expect(t.endsAt).toBe(oslo('13:35'));
  });

  it('adjusting while paused changes the frozen remaining time', () => {
    const clock = [
      ...base,
      clockAt(oslo('12:50'), { type: 'clock.paused' }),
      clockAt(oslo('12:51'), { type: 'clock.adjusted', deltaMs: MINUTE }),
    ];
    expect(timelineAt(fixed, clock, oslo('12:52')).remainingMs).toBe(11 * MINUTE);
  });

  it('a cut that puts the deadline in the past moves on at once', () => {
    const clock = [...base, clockAt(oslo('12:58'), { type: 'clock.adjusted', deltaMs: -5 * MINUTE })];
    const t = timelineAt(fixed, clock, oslo('12:58', 1));
    expect(t.segment?.id).toBe('round-1');
  });

  it('keep durations: after a cut past the deadline, the next segment starts at the cut and keeps its full length', () => {
    // 30 s left of the intro, the facilitator presses -1 min at 13:04:30: round 1 starts then, with all its 25 minutes.
    const clock = [
      start(oslo('12:50')),
      clockAt(oslo('13:04', 30 * SECOND), { type: 'clock.adjusted', deltaMs: -MINUTE }),
    ];
    const t = timelineAt(durations, clock, oslo('13:05'));
    expect(t.segment?.id).toBe('round-1');
    expect(t.startedAt).toBe(oslo('13:04', 30 * SECOND));
    expect(t.endsAt).toBe(oslo('13:29', 30 * SECOND));
    expect(t.runs[0]?.endedAt).toBe(oslo('13:04', 30 * SECOND));
  });
});

describe('the plenary holds with overtime', () => {
  const clock = [start(oslo('12:45')), clockAt(oslo('14:30'), { type: 'clock.jumped', segmentId: 'plenary' })];

  it('counts into negative remaining time after 15:00 instead of ending', () => {
    const t = timelineAt(fixed, clock, oslo('15:05'));
    expect(t.status).toBe('running');
    expect(t.segment?.id).toBe('plenary');
    expect(t.endsAt).toBe(oslo('15:00'));
    expect(t.remainingMs).toBe(-5 * MINUTE);
    expect(t.overtime).toBe(true);
    expect(t.next).toBeNull();
  });

  it('also holds when reached by itself at 14:30', () => {
    const t = timelineAt(fixed, [start(oslo('12:45'))], oslo('16:00'));
    expect(t.segment?.id).toBe('plenary');
    expect(t.overtime).toBe(true);
    expect(t.remainingMs).toBe(-60 * MINUTE);
  });

  it('is not overtime before its end', () => {
    expect(timelineAt(fixed, clock, oslo('14:59')).overtime).toBe(false);
  });
});

describe('catch up to the plan', () => {
  it('jumps to the segment the plan has now and ends it on its planned time', () => {
    // Keep durations, started 5 minutes late: at 13:27 round 1 still runs until 13:30, but the plan has the rotation.
    const clock = [start(oslo('12:50')), clockAt(oslo('13:27'), { type: 'clock.caughtUp' })];
    const t = timelineAt(durations, clock, oslo('13:27', SECOND));
    expect(t.segment?.id).toBe('rotation-1');
    expect(t.endsAt).toBe(oslo('13:28'));
    const after = timelineAt(durations, clock, oslo('13:29'));
    expect(after.segment?.id).toBe('round-2');
    expect(after.endsAt).toBe(oslo('13:50'));
    expect(after.startDelayMs).toBe(0);
    expect(after.endDelayMs).toBe(0);
  });

  it('gives at least one minute when the planned end is less than a minute away', () => {
    const clock = [start(oslo('12:50')), clockAt(oslo('13:27', 30 * SECOND), { type: 'clock.caughtUp' })];
    expect(timelineAt(durations, clock, oslo('13:27', 31 * SECOND)).endsAt).toBe(oslo('13:28', 30 * SECOND));
  });

  it('resumes a paused clock', () => {
    const clock = [
      start(oslo('12:45')),
      clockAt(oslo('12:50'), { type: 'clock.paused' }),
      clockAt(oslo('13:10'), { type: 'clock.caughtUp' }),
    ];
    const t = timelineAt(fixed, clock, oslo('13:11'));
    expect(t.status).toBe('running');
    expect(t.segment?.id).toBe('round-1');
    expect(t.endsAt).toBe(oslo('13:25'));
  });
});

describe('mode change', () => {
  it('keeps the current deadline and applies from the next segment on', () => {
    const clock = [start(oslo('12:50')), clockAt(oslo('12:55'), { type: 'clock.modeChanged', mode: 'durations' })];
    const t = timelineAt(fixed, clock, oslo('12:56'));
    expect(t.mode).toBe('durations');
    expect(t.endsAt).toBe(oslo('13:00'));
    expect(timelineAt(fixed, clock, oslo('13:01')).endsAt).toBe(oslo('13:25'));
  });

  it('durations → fixed: the next segment ends on its planned time', () => {
    const clock = [start(oslo('12:50')), clockAt(oslo('12:55'), { type: 'clock.modeChanged', mode: 'fixed' })];
    expect(timelineAt(durations, clock, oslo('12:56')).endsAt).toBe(oslo('13:05'));
    expect(timelineAt(durations, clock, oslo('13:06')).endsAt).toBe(oslo('13:25'));
  });
});

describe('reset', () => {
  const clock = [
    start(oslo('12:45')),
    clockAt(oslo('12:50'), { type: 'clock.modeChanged', mode: 'durations' }),
    clockAt(oslo('13:10'), { type: 'clock.reset' }),
  ];

  it('returns to not started, forgets the runs and the mode change', () => {
    const t = timelineAt(fixed, clock, oslo('13:11'));
    expect(t).toMatchObject({
      status: 'notStarted',
      index: -1,
      segment: null,
      runs: [],
      mode: 'fixed',
      planShiftMs: 0,
    });
  });

  it('can start again afterwards', () => {
    const t = timelineAt(fixed, [...clock, start(oslo('13:12'))], oslo('13:13'));
    expect(t.status).toBe('running');
    expect(t.segment?.id).toBe('intro');
    expect(t.runs).toHaveLength(1);
  });

  it('a second start without a reset is ignored', () => {
    const t = timelineAt(fixed, [start(oslo('12:45')), start(oslo('12:55'))], oslo('12:56'));
    expect(t.runs).toHaveLength(1);
    expect(t.startedAt).toBe(oslo('12:45'));
  });
});

describe('planShiftForStart', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does not shift the plan when started on the day near the planned time', () => {
    expect(planShiftForStart(fixed, oslo('12:40'))).toBe(0);
    expect(planShiftForStart(fixed, oslo('13:20'))).toBe(0);
    expect(planShiftForStart(fixed, oslo('10:00'))).toBe(0);
  });

  it('shifts the plan to start now on another day (a rehearsal)', () => {
    const now = oslo('09:15', 0, '2026-03-09');
    const shift = planShiftForStart(fixed, now);
    expect(shift).toBe(now - oslo('12:45'));
    const t = timelineAt(fixed, [clockAt(now, { type: 'clock.started', planShiftMs: shift })], now + MINUTE);
    expect(t.segment?.id).toBe('intro');
    expect(t.startDelayMs).toBe(0);
    expect(t.endsAt).toBe(now + 15 * MINUTE);
    expect(t.planShiftMs).toBe(shift);
    // The first round follows 15 minutes later and keeps its 25 minutes.
    expect(
      timelineAt(fixed, [clockAt(now, { type: 'clock.started', planShiftMs: shift })], now + 16 * MINUTE).endsAt,
    ).toBe(now + 40 * MINUTE);
  });

  it('shifts the plan when started after the planned end of the day', () => {
    expect(planShiftForStart(fixed, oslo('15:30'))).toBe(oslo('15:30') - oslo('12:45'));
  });

  it('uses the time the server reads, e.g. a start button pressed on the day before', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-09T08:00:00Z'));
    expect(planShiftForStart(fixed, Date.now())).toBe(
      Date.parse('2026-03-09T08:00:00Z') - Date.parse('2026-03-10T11:45:00Z'),
    );
  });
});

describe('scheduleAt: planned vs actual, and projections ahead of now', () => {
  it('before the start, every row is planned only', () => {
    const rows = scheduleAt(fixed, [], oslo('12:00'));
    expect(rows.map((r) => r.plannedStartAt)).toEqual(
      ['12:45', '13:00', '13:25', '13:28', '13:50', '14:05', '14:08', '14:30'].map((h) => oslo(h)),
    );
    expect(rows.at(-1)?.plannedEndAt).toBe(oslo('15:00'));
    expect(rows.every((r) => r.startAt === null && r.projected)).toBe(true);
  });

  it('keep durations, 5 minutes late: projects every later segment 5 minutes after its plan', () => {
    const rows = scheduleAt(durations, [start(oslo('12:50'))], oslo('13:00'));
    expect(rows[0]).toMatchObject({ segmentId: 'intro', startAt: oslo('12:50'), endAt: null, projected: false });
    for (const row of rows.slice(1)) {
      expect(row.projected).toBe(true);
      expect(must(row.startAt) - row.plannedStartAt, row.segmentId).toBe(5 * MINUTE);
    }
  });

  it('fixed times, 5 minutes late: projects the later segments on their plan', () => {
    const rows = scheduleAt(fixed, [start(oslo('12:50'))], oslo('12:55'));
    for (const row of rows.slice(1)) {
      expect(row.startAt, row.segmentId).toBe(row.plannedStartAt);
      expect(row.endAt, row.segmentId).toBe(row.plannedEndAt);
    }
  });

  it('records the actual start and end of segments that have run', () => {
    const rows = scheduleAt(fixed, [start(oslo('12:50'))], oslo('13:30'));
    expect(rows[0]).toMatchObject({ startAt: oslo('12:50'), endAt: oslo('13:00'), projected: false });
    expect(rows[1]).toMatchObject({ startAt: oslo('13:00'), endAt: oslo('13:25'), projected: false });
    expect(rows[2]).toMatchObject({ startAt: oslo('13:25'), endAt: oslo('13:28'), projected: false });
    expect(rows[3]).toMatchObject({ segmentId: 'round-2', startAt: oslo('13:28'), endAt: null, projected: false });
    expect(rows[4]).toMatchObject({
      segmentId: 'break',
      startAt: oslo('13:50'),
      endAt: oslo('14:05'),
      projected: true,
    });
  });

  it('while paused, projects from now plus the frozen remaining time', () => {
    const clock = [start(oslo('12:45')), clockAt(oslo('12:50'), { type: 'clock.paused' })];
    const rows = scheduleAt(durations, clock, oslo('13:00'));
    expect(rows[1]).toMatchObject({ startAt: oslo('13:10'), endAt: oslo('13:35'), projected: true });
  });
});

describe('across the DST changes in Europe/Oslo', () => {
  const night = (date: string) => ({
    ...templateOn(date, 'fixed'),
    agenda: [
      { id: 'a', kind: 'talk' as const, title: 'Before', start: '01:30', durationMin: 30 },
      { id: 'b', kind: 'other' as const, title: 'Across', start: '03:00', durationMin: 60 },
      { id: 'c', kind: 'plenary' as const, title: 'After', start: '04:00', durationMin: 30, hold: true },
    ],
  });

  it('spring forward (2026-03-29): 01:30 → 03:00 lasts 30 real minutes', () => {
    const def = night('2026-03-29');
    const s = Date.parse('2026-03-29T00:30:00Z'); // 01:30 CET
    expect(oslo('01:30', 0, '2026-03-29')).toBe(s);
    expect(oslo('03:00', 0, '2026-03-29')).toBe(Date.parse('2026-03-29T01:00:00Z')); // 03:00 CEST
    expect(oslo('04:00', 0, '2026-03-29')).toBe(Date.parse('2026-03-29T02:00:00Z'));
    const clock = [start(s)];
    const t = timelineAt(def, clock, s + MINUTE);
    expect(t.endsAt).toBe(Date.parse('2026-03-29T01:00:00Z'));
    expect(t.remainingMs).toBe(29 * MINUTE);
    const b = timelineAt(def, clock, Date.parse('2026-03-29T01:00:00Z'));
    expect(b.segment?.id).toBe('b');
    expect(b.endsAt).toBe(Date.parse('2026-03-29T02:00:00Z'));
    expect(timelineAt(def, clock, Date.parse('2026-03-29T02:00:00Z')).segment?.id).toBe('c');
  });

  it('fall back (2026-10-25): 01:30 → 03:00 lasts 2½ real hours', () => {
    const def = night('2026-10-25');
    const s = Date.parse('2026-10-24T23:30:00Z'); // 01:30 CEST
    expect(oslo('01:30', 0, '2026-10-25')).toBe(s);
    expect(oslo('03:00', 0, '2026-10-25')).toBe(Date.parse('2026-10-25T02:00:00Z')); // 03:00 CET
    const clock = [start(s)];
    const t = timelineAt(def, clock, s);
    expect(t.remainingMs).toBe(150 * MINUTE);
    expect(timelineAt(def, clock, Date.parse('2026-10-25T01:59:59Z')).segment?.id).toBe('a');
    const b = timelineAt(def, clock, Date.parse('2026-10-25T02:00:00Z'));
    expect(b.segment?.id).toBe('b');
    expect(b.endsAt).toBe(Date.parse('2026-10-25T03:00:00Z'));
  });

  it('keep durations across the spring change counts real minutes, not wall-clock ones', () => {
    const def = {
      ...night('2026-03-29'),
      settings: { ...night('2026-03-29').settings, clockMode: 'durations' as const },
    };
    const s = Date.parse('2026-03-29T00:30:00Z');
    expect(timelineAt(def, [start(s)], s).endsAt).toBe(s + 30 * MINUTE);
    expect(timelineAt(def, [start(s)], s + 31 * MINUTE).endsAt).toBe(s + 90 * MINUTE);
  });

  it('does not depend on the process time zone: a New York workshop starts at New York time', () => {
    const ny = { ...templateOn('2026-03-10'), timeZone: 'America/New_York' };
    const noon = Date.parse('2026-03-10T16:45:00Z'); // 12:45 EDT (DST began 2026-03-08 in the US)
    const t = timelineAt(ny, [start(noon)], noon);
    expect(t.endsAt).toBe(Date.parse('2026-03-10T17:00:00Z'));
    expect(t.startDelayMs).toBe(0);
  });
});
