import type { ClockMode, Segment, WorkshopDefinition } from './agenda.js';
import type { ClockEntry } from './clock.js';
import { MINUTE, wallClockToEpoch } from './time.js';
import { segmentDeadline } from './timelineDeadline.js';

export type TimelineStatus = 'notStarted' | 'running' | 'paused' | 'finished';

/** One segment as it actually ran. */
export interface SegmentRun {
  segmentId: string;
  startedAt: number;
  endedAt: number | null;
}

/** A segment's planned and actual (or, ahead of now, projected) times. */
export interface ScheduleRow {
  segmentId: string;
  plannedStartAt: number;
  plannedEndAt: number;
  startAt: number | null;
  endAt: number | null;
  projected: boolean;
}

/** Where the workshop is at one instant. */
export interface Timeline {
  status: TimelineStatus;
  mode: ClockMode;
  index: number;
  segment: Segment | null;
  next: Segment | null;
  /** Server-time deadline of the current segment while running; null when paused, not started or finished. */
  endsAt: number | null;
  remainingMs: number;
  overtime: boolean;
  startedAt: number | null;
  /** How late the current segment started against the plan (negative: early). */
  startDelayMs: number;
  /** How late the current segment will end against the plan. */
  endDelayMs: number;
  runs: SegmentRun[];
  planShiftMs: number;
}

type Agenda = Pick<WorkshopDefinition, 'agenda' | 'date' | 'timeZone'> & { settings: { clockMode: ClockMode } };

/** The plan as instants: planned start and end of segment i, moved by the plan shift. DST-safe: each time is resolved on its own. */
export function planOf(def: Agenda, shiftMs: number): { start: (i: number) => number; end: (i: number) => number } {
  const start = (i: number): number =>
    wallClockToEpoch(def.date, def.agenda[i]?.start ?? '00:00', def.timeZone) + shiftMs;
  const end = (i: number): number =>
    def.agenda[i + 1] ? start(i + 1) : start(i) + (def.agenda[i]?.durationMin ?? 0) * MINUTE;
  return { start, end };
}

/** How far the plan moves when the clock starts: not at all on the day near the planned time; otherwise the plan is moved so it starts now (a rehearsal, or a workshop run on another day). */
export function planShiftForStart(def: Agenda, nowMs: number): number {
  if (def.agenda.length === 0) return 0;
  const plan = planOf(def, 0);
  const plannedStart = plan.start(0);
  const plannedEnd = plan.end(def.agenda.length - 1);
  const nearPlan = nowMs >= plannedStart - 3 * 60 * MINUTE && nowMs < plannedEnd;
  return nearPlan ? 0 : nowMs - plannedStart;
}

export function timelineAt(def: Agenda, clock: readonly ClockEntry[], nowMs: number): Timeline {
  const { agenda } = def;
  let planShift = 0;
  let plan = planOf(def, 0);
  const plannedStart = (i: number): number => plan.start(i);
  const plannedEnd = (i: number): number => plan.end(i);
  const lengthOf = (i: number): number => (agenda[i]?.durationMin ?? 0) * MINUTE;

  // Widened on purpose: enter() may set 'finished' from inside a closure, which control-flow narrowing cannot see.
  let status = 'notStarted' as TimelineStatus;
  let mode: ClockMode = def.settings.clockMode;
  let index = -1;
  let deadline = 0;
  let pausedRemaining = 0;
  let runs: SegmentRun[] = [];

  // Fixed times: rounds end on their planned time, transitions keep their length (timelineDeadline.ts).
  const deadlineFor = (i: number, at: number): number => {
    const segment = agenda[i];
    return segment ? segmentDeadline(mode, segment, { startAt: plannedStart(i), endAt: plannedEnd(i) }, at) : at;
  };
  const enter = (i: number, at: number, until?: number): void => {
    const open = runs.at(-1);
    if (open && open.endedAt === null) open.endedAt = at;
    if (i >= agenda.length || i < 0) {
      status = 'finished';
      index = agenda.length;
      return;
    }
    index = i;
    deadline = until ?? deadlineFor(i, at);
    runs.push({ segmentId: agenda[i]?.id ?? '', startedAt: at, endedAt: null });
  };
  // A cut can never end a segment before the moment it is made: the next one starts then, with its full time.
  // Segments that hold keep the cut, so their overtime stays true.
  const notBefore = (t: number, at: number): number => (agenda[index]?.hold ? t : Math.max(t, at));
  // Segments move on by themselves at their deadline, except those that hold with overtime.
  const advanceTo = (t: number): void => {
    while (status === 'running' && deadline <= t && !agenda[index]?.hold) enter(index + 1, deadline);
  };

  for (const { at, event } of clock) {
    advanceTo(at);
    switch (event.type) {
      case 'clock.started':
        if (status !== 'notStarted') break;
        planShift = event.planShiftMs;
        plan = planOf(def, planShift);
        status = 'running';
        enter(0, at);
        break;
      case 'clock.paused':
        if (status !== 'running') break;
        pausedRemaining = deadline - at;
        status = 'paused';
        break;
      case 'clock.resumed':
        if (status !== 'paused') break;
        deadline = notBefore(at + pausedRemaining, at);
        status = 'running';
        break;
      case 'clock.jumped': {
        if (status === 'notStarted') break;
        const target = event.segmentId === null ? agenda.length : agenda.findIndex((s) => s.id === event.segmentId);
        if (target < 0) break;
        const wasPaused = status === 'paused';
        if (status === 'finished') status = 'running';
        enter(target, at);
        if (wasPaused && target < agenda.length) pausedRemaining = deadline - at;
        break;
      }
      case 'clock.adjusted':
        if (status === 'running') deadline = notBefore(deadline + event.deltaMs, at);
        else if (status === 'paused') pausedRemaining += event.deltaMs;
        break;
      case 'clock.modeChanged':
        // Applies from the next segment on; the current deadline stands, so no screen jumps.
        mode = event.mode;
        break;
      case 'clock.caughtUp': {
        if (status === 'notStarted' || status === 'finished') break;
        const target = segmentPlannedAt(agenda.length, plannedStart, plannedEnd, at);
        status = 'running';
        enter(target, at, Math.max(plannedEnd(target), at + MINUTE));
        break;
      }
      case 'clock.reset':
        status = 'notStarted';
        index = -1;
        runs = [];
        planShift = 0;
        plan = planOf(def, 0);
        mode = def.settings.clockMode;
        break;
      default:
        event satisfies never;
    }
  }
  advanceTo(nowMs);

  const segment = agenda[index] ?? null;
  const remainingMs =
    status === 'running'
      ? deadline - nowMs
      : status === 'paused'
        ? pausedRemaining
        : status === 'notStarted'
          ? lengthOf(0)
          : 0;
  const started = status === 'running' || status === 'paused';
  const endAt = status === 'running' ? deadline : nowMs + pausedRemaining;
  return {
    status,
    mode,
    index,
    segment,
    next: status === 'notStarted' ? (agenda[0] ?? null) : (agenda[index + 1] ?? null),
    endsAt: status === 'running' ? deadline : null,
    remainingMs,
    overtime: started && remainingMs < 0,
    startedAt: started ? (runs.at(-1)?.startedAt ?? null) : null,
    startDelayMs: started ? (runs.at(-1)?.startedAt ?? 0) - plannedStart(index) : 0,
    endDelayMs: started ? endAt - plannedEnd(index) : 0,
    runs,
    planShiftMs: planShift,
  };
}

function segmentPlannedAt(
  count: number,
  plannedStart: (i: number) => number,
  plannedEnd: (i: number) => number,
  at: number,
): number {
  for (let i = 0; i < count; i++) if (at < plannedEnd(i)) return at < plannedStart(i) && i > 0 ? i - 1 : i;
  return Math.max(0, count - 1);
}

/** Planned and actual times of every segment; ahead of now, the projection of the current mode. */
export function scheduleAt(def: Agenda, clock: readonly ClockEntry[], nowMs: number): ScheduleRow[] {
  const t = timelineAt(def, clock, nowMs);
  const plan = planOf(def, t.planShiftMs);
  const plannedStart = plan.start;
  const plannedEnd = plan.end;
  const lastRun = new Map(t.runs.map((r) => [r.segmentId, r] as const));
  let cursor =
    t.status === 'running'
      ? Math.max(t.endsAt ?? nowMs, nowMs)
      : t.status === 'paused'
        ? nowMs + Math.max(0, t.remainingMs)
        : null;
  return def.agenda.map((seg, i) => {
    const run = lastRun.get(seg.id);
    if (run && i <= t.index) {
      return {
        segmentId: seg.id,
        plannedStartAt: plannedStart(i),
        plannedEndAt: plannedEnd(i),
        startAt: run.startedAt,
        endAt: run.endedAt,
        projected: false,
      };
    }
    if (cursor === null || i <= t.index) {
      return {
        segmentId: seg.id,
        plannedStartAt: plannedStart(i),
        plannedEndAt: plannedEnd(i),
        startAt: null,
        endAt: null,
        projected: true,
      };
    }
    const startAt = cursor;
    const endAt = segmentDeadline(t.mode, seg, { startAt: plannedStart(i), endAt: plannedEnd(i) }, startAt);
    cursor = endAt;
    return {
      segmentId: seg.id,
      plannedStartAt: plannedStart(i),
      plannedEndAt: plannedEnd(i),
      startAt,
      endAt,
      projected: true,
    };
  });
}
