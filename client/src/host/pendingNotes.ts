import type { Note } from '@kafe/shared/note';
import type { WorkshopState } from '@kafe/shared/state';
import { summaryKey } from '@kafe/shared/reducer';
import type { OutboxEntry } from '@kafe/shared/outbox';

/** A note as the host sees it: the server's version with this tablet's unacknowledged changes on top. */
export interface NoteView extends Note {
  pending: boolean;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/**
 * Overlays the outbox on the server state, in outbox order, so the host sees every note and change the moment it is
 * made, acknowledged or not. Entries the server has already applied are harmless: adding a note twice is a no-op here
 * as it is on the server.
 */
export function withPending(
  state: WorkshopState,
  table: number,
  currentRound: number,
  entries: readonly OutboxEntry[],
): { notes: NoteView[]; summaries: Record<string, string> } {
  const notes = new Map<string, NoteView>();
  for (const id of state.noteOrder) {
    const n = state.notes[id];
    if (n && n.table === table) notes.set(id, { ...n, pending: false });
  }
  const summaries: Record<string, string> = {};
  for (const [key, s] of Object.entries(state.summaries)) summaries[key] = s.text;

  for (const e of entries) {
    const p = e.payload;
    const id = str(p.noteId);
    const existing = notes.get(id);
    switch (e.name) {
      case 'note:add':
        if (!existing) {
          const round = num(p.round) ?? currentRound;
          notes.set(id, {
            id, table, questionId: '', round, text: str(p.text), source: 'host', starred: false, deleted: false, participantId: null,
            status: 'shown', hidden: false, pinned: false, createdAt: e.createdAt, updatedAt: e.createdAt, pending: true,
          });
        }
        break;
      case 'note:edit':
        if (existing) notes.set(id, { ...existing, text: str(p.text), pending: true });
        break;
      case 'note:delete':
        if (existing) notes.set(id, { ...existing, deleted: true, pending: true });
        break;
      case 'note:restore':
        if (existing) notes.set(id, { ...existing, deleted: false, pending: true });
        break;
      case 'note:star':
        if (existing) notes.set(id, { ...existing, starred: p.starred === true, pending: true });
        break;
      case 'summary:set': {
        const round = num(p.round);
        if (round !== null) summaries[summaryKey(table, round)] = str(p.text);
        break;
      }
      default:
        break;
    }
  }
  return { notes: [...notes.values()].sort((a, b) => b.createdAt - a.createdAt), summaries };
}
