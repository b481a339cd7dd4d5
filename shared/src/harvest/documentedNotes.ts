import type { Note } from '../note.js';
import type { WorkshopState } from '../state.js';

/** The notes a report documents: not deleted, not refused; ideas still held for approval are counted elsewhere. */
export function documentedNotes(state: WorkshopState): Note[] {
  return state.noteOrder
    .map((id) => state.notes[id])
    .filter((n): n is Note => !!n && !n.deleted && n.status === 'shown');
}
