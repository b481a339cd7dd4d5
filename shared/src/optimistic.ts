import type { Command } from './commands.js';
import { decide } from './decide/decide.js';
import type { Actor } from './events.js';
import { apply } from './reducer.js';
import type { WorkshopState } from './state.js';

/** A command this device made and the server has not acknowledged yet, with when it was made. */
export type PendingCommand = Command & { createdAt: number };

/** What this device shows: the confirmed state with its pending commands on top, and the notes they touch. */
export interface OptimisticView {
  state: WorkshopState;
  /** Notes changed by a pending command, shown as "sending" until the server has them. */
  pendingNoteIds: ReadonlySet<string>;
}

/**
 * Replicache's model: the view is the confirmed state with the pending commands rebased on top, each run through the
 * same decide → apply the server runs. A command the server has already applied is refused or changes nothing here,
 * so it drops out by itself; one refused here will be refused there too, and the outbox reports it.
 *
 * The local events get seqs past the confirmed one; they never leave this fold (the store keeps the confirmed state,
 * so a resume still asks from the last seq the server sent). `now` is the server's time, for commands that default to
 * the current round.
 */
export function rebasePending(
  confirmed: WorkshopState,
  actor: Actor,
  pending: readonly PendingCommand[],
  now: number,
): OptimisticView {
  let state = confirmed;
  const pendingNoteIds = new Set<string>();
  for (const command of pending) {
    const decision = decide(state, actor, command, now);
    if (!decision.ok || decision.event === null) continue;
    state = apply(state, { seq: state.seq + 1, at: command.createdAt, actor, event: decision.event });
    const noteId = noteIdOf(command);
    if (noteId !== null) pendingNoteIds.add(noteId);
  }
  return { state, pendingNoteIds };
}

function noteIdOf(command: Command): string | null {
  return 'noteId' in command.payload && typeof command.payload.noteId === 'string' ? command.payload.noteId : null;
}
