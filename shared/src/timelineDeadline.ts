import type { ClockMode, Segment, SegmentKind } from './agenda.js';
import { MINUTE } from './time.js';

/**
 * How a segment fits the plan's fixed times when it starts early or late (Neste pressed early, a jump, an adjustment
 * of the segment before it):
 * - `keepsLength`: rotations, breaks and other short transitions last as planned from whenever they start. The room
 *   needs its three minutes to change tables, not the forty a round gave up; a break started ten minutes early ends
 *   ten minutes early.
 * - `fillsToFixedTime`: rounds, talks and the intro run until the next fixed time, so they absorb what the segments
 *   before them gained or lost and the afternoon stays on its planned times.
 * - `closing`: the plenary keeps its length when started early (nothing fixed follows it, so there is nothing to
 *   absorb towards: clicking through the agenda at 12:51 must not promise a two-hour summary), and when started late
 *   it ends at the planned end of the workshop, which people have planned their trains around. It holds with overtime,
 *   so the facilitator, not the clock, decides whether the room stays longer.
 */
export type FixedTimesFit = 'keepsLength' | 'fillsToFixedTime' | 'closing';

export function fixedTimesFitOf(kind: SegmentKind): FixedTimesFit {
  switch (kind) {
    case 'rotation':
    case 'break':
    case 'other':
      return 'keepsLength';
    case 'round':
    case 'talk':
    case 'intro':
      return 'fillsToFixedTime';
    case 'plenary':
      return 'closing';
    default:
      return kind satisfies never;
  }
}

/** A segment's planned start and end as instants (the plan's wall-clock times, DST-resolved, shifted for a rehearsal). */
export interface PlannedSpan {
  startAt: number;
  endAt: number;
}

/**
 * When a segment that starts at `startedAt` ends. Keep durations: its own length. Fixed times: by its fit (above);
 * a segment whose planned end has already passed gets its own length rather than none.
 */
export function segmentDeadline(
  mode: ClockMode,
  segment: Pick<Segment, 'kind' | 'durationMin'>,
  planned: PlannedSpan,
  startedAt: number,
): number {
  const ownLength = startedAt + segment.durationMin * MINUTE;
  if (mode === 'durations') return ownLength;
  // The planned span (next start − this start) rather than durationMin: started on time, a transition ends exactly
  // on the next fixed time, even in an agenda whose durations and start times disagree.
  const plannedLength = startedAt + (planned.endAt - planned.startAt);
  const endPassed = planned.endAt <= startedAt;
  const fit = fixedTimesFitOf(segment.kind);
  switch (fit) {
    case 'keepsLength':
      return plannedLength;
    case 'fillsToFixedTime':
      return endPassed ? ownLength : planned.endAt;
    case 'closing':
      return endPassed ? ownLength : Math.min(plannedLength, planned.endAt);
    default:
      return fit satisfies never;
  }
}
