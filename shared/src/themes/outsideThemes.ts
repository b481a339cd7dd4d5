// The notes of a question that no theme holds: on the wall, but in no summary. The console says how many, so a
// facilitator knows what the themes leave out before reading them aloud (a walkthrough had 50 of 168 notes outside
// and nothing said so), and can put one into a theme.
import { isOnScreen, isShownTheme, type CurationNotes, type CuratedTheme } from './curate.js';

export interface OutsideThemes {
  /** Note ids on the projector for the question and in no theme it shows (isShownTheme: a hidden theme's notes and a
   *  one-note theme's are outside, as the report counts them), in the order given. */
  noteIds: string[];
  /** Every note of the question the projector may show. */
  total: number;
}

export function notesOutsideThemes(
  questionNoteIds: readonly string[],
  notes: CurationNotes,
  themes: readonly CuratedTheme[],
): OutsideThemes {
  const inTheme = new Set(themes.filter(isShownTheme).flatMap((t) => t.noteIds));
  const shown = questionNoteIds.filter((id) => isOnScreen(notes[id]));
  return { noteIds: shown.filter((id) => !inTheme.has(id)), total: shown.length };
}
