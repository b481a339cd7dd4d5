import type { WorkshopDefinition } from './agenda.js';
import type { ClockEntry } from './clock.js';
import { timelineAt } from './timeline.js';
import { roundLengthChange, type ClockAction, type RoundLengthChange } from './timelineRoundChange.js';

/** What a clock button would do that the facilitator must confirm first; null when it can go at once. */
export type ClockConfirmation = { kind: 'end' } | { kind: 'length'; changes: RoundLengthChange[] };

/**
 * Whether pressing `action` at `now` needs a second yes: it ends the workshop (the projector then thanks the room,
 * and there is no way back but Forrige), or it makes a round or talk more than two minutes longer or shorter.
 *
 * Neste out of the opening segments (the intro before the first round) goes at once even though round 1 then grows:
 * starting the conversations early is the ordinary thing to do there, and the contract tests that drive the console
 * from outside press Neste once to go from the intro to round 1. The note under the buttons still says it.
 */
export function clockConfirmation(
  def: WorkshopDefinition,
  clock: readonly ClockEntry[],
  now: number,
  action: ClockAction,
): ClockConfirmation | null {
  const t = timelineAt(def, clock, now);
  const started = t.status === 'running' || t.status === 'paused';
  if (!started) return null;
  if (action.name === 'clock:next' && t.index + 1 >= def.agenda.length) return { kind: 'end' };
  const firstRound = def.agenda.findIndex((s) => s.kind === 'round');
  if (action.name === 'clock:next' && t.index < firstRound) return null;
  const changes = roundLengthChange(def, clock, now, action);
  return changes.length > 0 ? { kind: 'length', changes } : null;
}
