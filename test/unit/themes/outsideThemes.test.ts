// The notes of a question no theme holds (shared/src/themes/outsideThemes.ts), and putting one into a theme.
import { describe, expect, it } from 'vitest';
import { emptyCuration } from '@kafe/shared/events';
import { curateThemes, type CurationNote } from '@kafe/shared/themes/curate';
import { moveNoteInto } from '@kafe/shared/themes/curationEdits';
import { computedTheme } from '../../fixtures/computedTheme.js';
import { notesOutsideThemes } from '@kafe/shared/themes/outsideThemes';

const theme = computedTheme;
const note = (over: Partial<CurationNote> = {}): CurationNote => ({
  text: 'x',
  deleted: false,
  hidden: false,
  status: 'shown',
  ...over,
});
const NOTES = {
  a1: note(),
  a2: note(),
  b1: note(),
  loose: note(),
  gone: note({ deleted: true }),
  held: note({ status: 'pending' }),
  hid: note({ hidden: true }),
};
const COMPUTED = [theme('a1', ['a1', 'a2']), theme('b1', ['b1'])];
const QUESTION = Object.keys(NOTES);

describe('notesOutsideThemes', () => {
  it('counts the notes the projector may show, and lists those in no theme of two notes or more', () => {
    const themes = curateThemes(COMPUTED, emptyCuration(), NOTES);
    // b1 is a theme of one note: the report does not list it as a theme, so its note is outside too.
    expect(notesOutsideThemes(QUESTION, NOTES, themes)).toEqual({ noteIds: ['b1', 'loose'], total: 4 });
  });

  it('a note put into a theme is no longer outside it; a hidden theme holds none, as the report counts', () => {
    const moved = moveNoteInto(emptyCuration(), 'loose', 'b1');
    const themes = curateThemes(COMPUTED, moved, NOTES);
    expect(themes.find((t) => t.key === 'b1')?.noteIds).toEqual(['b1', 'loose']);
    expect(notesOutsideThemes(QUESTION, NOTES, themes)).toEqual({ noteIds: [], total: 4 });
    const hidden = curateThemes(COMPUTED, { ...moved, hidden: ['b1'] }, NOTES);
    expect(notesOutsideThemes(QUESTION, NOTES, hidden)).toEqual({ noteIds: ['b1', 'loose'], total: 4 });
  });
});
