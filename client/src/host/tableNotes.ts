import type { OptimisticView } from '@kafe/shared/optimistic';
import type { Note } from '@kafe/shared/note';

/** A note as the host sees it: the server's version with this tablet's unacknowledged changes on top. */
export interface NoteView extends Note {
  /** Changed on this tablet and not yet acknowledged. */
  pending: boolean;
}

/** One table's notes in the optimistic view, newest first, each marked when a change to it is still on the tablet. */
export function tableNotes(view: OptimisticView, table: number): NoteView[] {
  const notes: NoteView[] = [];
  for (const id of view.state.noteOrder) {
    const note = view.state.notes[id];
    if (note && note.table === table) notes.push({ ...note, pending: view.pendingNoteIds.has(id) });
  }
  return notes.sort((a, b) => b.createdAt - a.createdAt);
}
