import { decideJoin } from '@kafe/shared/decide/participants';
import type { StoredEvent } from '@kafe/shared/events';
import type { CommandResult } from '@kafe/shared/protocol';
import type { WorkshopState } from '@kafe/shared/state';
import type { AppContext } from '../context.js';
import type { WorkshopRuntime } from '../workshops/runtime.js';
import { presenceOf } from './presence.js';
import type { IoServer } from './types.js';

/**
 * A phone's first connection records that it joined (once: the opId is derived from its pseudonym, so reconnects and
 * retries append nothing); a table card's ?table=N seats it.
 */
export async function recordJoin(
  ctx: AppContext,
  runtime: WorkshopRuntime,
  participantId: string,
  table: number | null,
): Promise<CommandResult> {
  const known = runtime.state.participants[participantId];
  if (known && (table === null || known.table === table)) return { ok: true, data: null };
  const opId = known ? `seat-${participantId}-${table}-${runtime.lastSeq}` : `join-${participantId}`;
  const max = ctx.limits.settings.maxParticipants;
  return runtime.run(
    opId,
    { role: 'participant', participantId },
    (state) => decideJoin(state, participantId, table, max),
    ctx.now,
  );
}

/**
 * Records a new high of connected phones, at most every few seconds: the harvest report's "peak connected", counted
 * across every process serving the workshop (two processes recording the same high append it once: the opId names
 * the count). The runtime is looked up again when the time comes: the one at hand may have left memory meanwhile.
 */
export function attendanceTracker(ctx: AppContext, io: IoServer, intervalMs = 5000): (workshopId: string) => void {
  const pending = new Set<string>();
  const record = async (workshopId: string): Promise<void> => {
    const here = presenceOf(io, workshopId, 0);
    if (here.participants === 0) return;
    const connected = (await ctx.presence.board.totals(workshopId, here)).participants;
    const runtime = await ctx.registry.get(workshopId);
    if (!runtime || connected <= runtime.state.peakParticipants) return;
    await runtime.run(
      `peak-${workshopId}-${connected}`,
      { role: 'system' },
      () => ({ ok: true, event: { type: 'attendance.peak', participants: connected } }),
      ctx.now,
    );
  };
  return (workshopId) => {
    if (pending.has(workshopId)) return;
    pending.add(workshopId);
    setTimeout(() => {
      pending.delete(workshopId);
      record(workshopId).catch((err: unknown) => console.error('could not record attendance:', err));
    }, intervalMs).unref();
  };
}

/**
 * The one participant whose phones may see `event` (every other phone gets it only inside a redacted run), or null
 * when any phone may (a table assignment shows each phone its own seat). The projection (shared/projection.ts) shows a
 * phone only what names its own participant id, directly or through the note it is about; so a join, a vote or an idea
 * is sent to the sockets of that one phone instead of being projected for each of the room's 3,000.
 */
export function phoneConcerned(event: StoredEvent, state: WorkshopState): string | null {
  const e = event.event;
  switch (e.type) {
    case 'participant.joined':
    case 'participant.renamed':
    case 'participant.seated':
    case 'participant.grouped':
    case 'vote.cast':
    case 'evaluation.answered':
      return e.participantId;
    default:
      return 'noteId' in e && typeof e.noteId === 'string' ? (state.notes[e.noteId]?.participantId ?? null) : null;
  }
}

/**
 * Events about one participant's own idea (approved, rejected, edited, starred or deleted by its table's host): only
 * that phone may see them, so they go to each phone in its own projection, not to the phones' room as a whole.
 */
export function aboutAParticipantsIdea(event: StoredEvent, state: WorkshopState): boolean {
  const e = event.event;
  return 'noteId' in e && typeof e.noteId === 'string' && (state.notes[e.noteId]?.participantId ?? null) !== null;
}
