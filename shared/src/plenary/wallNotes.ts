import type { Note } from '../note.js';
import type { WorkshopState } from '../state.js';
import { isOnScreen } from '../themes/curate.js';

export interface WallTable {
  table: number;
  /** Newest first. */
  notes: Note[];
}

export interface Wall {
  /** Pinned by the facilitator: first on the wall, whatever their table. */
  pinned: Note[];
  /** Tables with notes, the most recently active first, so the tables the wall has no room for are the quiet ones. */
  tables: WallTable[];
}

const newestFirst = (a: Note, b: Note): number => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);

/** What the wall shows for a question: the notes and approved ideas the projector may show. */
export function wallOf(state: WorkshopState, questionId: string): Wall {
  const pinned: Note[] = [];
  const byTable = new Map<number, Note[]>();
  for (const id of state.noteOrder) {
    const note = state.notes[id];
    if (!note || note.questionId !== questionId || !isOnScreen(note)) continue;
    if (note.pinned) pinned.push(note);
    else byTable.set(note.table, [...(byTable.get(note.table) ?? []), note]);
  }
  const tables = [...byTable].map(([table, notes]) => ({ table, notes: notes.sort(newestFirst) }));
  tables.sort((a, b) => (b.notes[0]?.createdAt ?? 0) - (a.notes[0]?.createdAt ?? 0) || a.table - b.table);
  return { pinned: pinned.sort(newestFirst), tables };
}
