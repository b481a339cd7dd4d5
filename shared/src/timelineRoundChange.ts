import type { WorkshopDefinition } from './agenda.js';
import type { ClockEntry, ClockEvent } from './clock.js';
import { decideClock, type ClockCommandInput } from './decide/clock.js';
import type { WorkshopEvent } from './events.js';
import { roundNumberOf } from './rounds.js';
import { MINUTE } from './time.js';
import { scheduleAt, timelineAt } from './timeline.js';

/** The clock buttons that move time around: what the console asks about before they are pressed. */
export type ClockAction =
  | { name: 'clock:next' }
  | { name: 'clock:prev' }
  | { name: 'clock:jump'; segmentId: string }
  | { name: 'clock:adjust'; deltaMs: number };

/** A round (or talk) whose length an action would change noticeably: 'Runde 2 blir 32 min'. */
export interface RoundLengthChange {
  segmentId: string;
  /** The round's number (1-based) among the agenda's rounds; null for a talk. */
  round: number | null;
  title: string;
  fromMs: number;
  toMs: number;
}

/** Changes of at most this much go unmentioned: a ±1 minute nudge is what the facilitator asked for. */
export const NOTICEABLE_CHANGE_MS = 2 * MINUTE;

/**
 * Which rounds and talks (the segments that absorb the difference in fixed times) would last more than two minutes
 * longer or shorter if `action` were pressed at `now`, and how long they would then last. Runs the same decideClock
 * the server does, so the answer is what will happen, not a second guess at it. Empty when nothing changes much or
 * the button would be refused.
 */
export function roundLengthChange(
  def: WorkshopDefinition,
  clock: readonly ClockEntry[],
  now: number,
  action: ClockAction,
): RoundLengthChange[] {
  const decision = decideClock({ definition: def, clock: [...clock] }, commandOf(action), now);
  const event = decision.ok && decision.event ? clockEventOf(decision.event) : null;
  if (!event) return [];
  const after: ClockEntry[] = [...clock, { at: now, event }];
  const before = lengthsAhead(def, clock, now);
  const changed = lengthsAhead(def, after, now);
  const out: RoundLengthChange[] = [];
  for (const segment of def.agenda) {
    if (segment.kind !== 'round' && segment.kind !== 'talk') continue;
    const from = before.get(segment.id);
    const to = changed.get(segment.id);
    if (from === undefined || to === undefined || Math.abs(to - from) <= NOTICEABLE_CHANGE_MS) continue;
    out.push({
      segmentId: segment.id,
      round: roundNumberOf(def.agenda, segment.id),
      title: segment.title,
      fromMs: from,
      toMs: to,
    });
  }
  return out;
}

/**
 * How long each segment from the current one on will last: the current one from its start to its deadline, later
 * ones as projected. Segments behind are left out: the round that Neste ends is what the facilitator chose to end,
 * not news; the one that then absorbs the difference is.
 */
function lengthsAhead(def: WorkshopDefinition, clock: readonly ClockEntry[], now: number): Map<string, number> {
  const t = timelineAt(def, clock, now);
  const currentEnd = t.status === 'running' ? t.endsAt : t.status === 'paused' ? now + t.remainingMs : null;
  const lengths = new Map<string, number>();
  scheduleAt(def, clock, now).forEach((row, i) => {
    if (i < t.index) return;
    const end = i === t.index ? currentEnd : row.endAt;
    if (row.startAt !== null && end !== null) lengths.set(row.segmentId, end - row.startAt);
  });
  return lengths;
}

function commandOf(action: ClockAction): ClockCommandInput {
  // The opId only matters to the server's replay guard; a question that is never sent needs none.
  switch (action.name) {
    case 'clock:next':
    case 'clock:prev':
      return { name: action.name, payload: { opId: 'preview' } };
    case 'clock:jump':
      return { name: action.name, payload: { opId: 'preview', segmentId: action.segmentId } };
    case 'clock:adjust':
      return { name: action.name, payload: { opId: 'preview', deltaMs: action.deltaMs } };
    default:
      return action satisfies never;
  }
}

/** Whole minutes as the console says them. */
export const minutesOf = (ms: number): number => Math.round(ms / MINUTE);

function clockEventOf(event: WorkshopEvent): ClockEvent | null {
  switch (event.type) {
    case 'clock.started':
    case 'clock.paused':
    case 'clock.resumed':
    case 'clock.jumped':
    case 'clock.adjusted':
    case 'clock.modeChanged':
    case 'clock.caughtUp':
    case 'clock.reset':
      return event;
    default:
      return null;
  }
}
