import type { NOTE_SOURCES } from './constants.js';

/**
 * A discussion point captured at a table. Its own file because it is both state (state.ts) and wire format: a note
 * that becomes visible to a viewer arrives whole, as note.revealed (events.ts).
 *
 * Deleted notes stay (undo, and the record) but are flagged.
 */
export interface Note {
  id: string;
  table: number;
  questionId: string;
  round: number;
  text: string;
  source: (typeof NOTE_SOURCES)[number];
  starred: boolean;
  deleted: boolean;
  /** A participant's idea: null for host and facilitator notes. */
  participantId: string | null;
  /** Ideas held for approval are 'pending'; refused ones 'rejected'. Host notes are always 'shown'. */
  status: 'shown' | 'pending' | 'rejected';
  /** Kept in the record but not shown on the projector. */
  hidden: boolean;
  pinned: boolean;
  createdAt: number;
  updatedAt: number;
}
