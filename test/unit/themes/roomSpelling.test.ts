// A slip in a theme's name is written as the room writes the word (shared/src/themes/roomSpelling.ts).
import { describe, expect, it } from 'vitest';
import { computeThemes } from '@kafe/shared/themes/index';
import { inRoomSpelling, roomWordsOf } from '@kafe/shared/themes/roomSpelling';
import { must } from '../../fixtures/must.js';

const room = roomWordsOf([
  'Samarbeid på tvers',
  'samarbeid med skolen',
  'Godt samarbeid',
  'Ledere som delegerer',
  'ledere må stole på oss',
  'Tid til barna',
  'tid med barna',
  'Tiltak som passer',
  'flere tiltak',
  'Tillitsvalgte med',
  'tillitsvalgte tidlig inn',
]);

describe('inRoomSpelling', () => {
  it('writes swapped letters and a lost or doubled letter as the room writes the word, keeping the capital', () => {
    expect(inRoomSpelling('Samarbied barnevern', room)).toBe('Samarbeid barnevern');
    expect(inRoomSpelling('Ledre som stoler på oss', room)).toBe('Ledere som stoler på oss');
    expect(inRoomSpelling('Tillitsvallgte tidlig inn', room)).toBe('Tillitsvalgte tidlig inn');
  });

  it('leaves another målform, another ending and short words as written', () => {
    expect(inRoomSpelling('Tid til borna', room)).toBe('Tid til borna'); // a vowel apart: nynorsk, not a slip
    expect(inRoomSpelling('Fleire tiltaka', room)).toBe('Fleire tiltaka'); // an ending
    expect(inRoomSpelling('Tdi med barna', room)).toBe('Tdi med barna'); // too short to tell
  });

  it("never writes a word in the other målform, even a letter apart ('mener'/'meiner', 'flere'/'fleire')", () => {
    const nynorsk = roomWordsOf(['meiner', 'meiner', 'fleire', 'fleire', 'meining', 'meining', 'tenester', 'tenester']);
    expect(inRoomSpelling('Vi mener at flere må med', nynorsk)).toBe('Vi mener at flere må med');
    expect(inRoomSpelling('Gir mening', nynorsk)).toBe('Gir mening');
    const bokmal = roomWordsOf(['tjenester', 'tjenester', 'mener', 'mener']);
    expect(inRoomSpelling('Betre tenester', bokmal)).toBe('Betre tenester');
  });

  it('keeps a slip written in capitals in capitals', () => {
    expect(inRoomSpelling('SAMARBIED', room)).toBe('SAMARBEID');
  });

  it('leaves a word the room writes more than once, however close to another', () => {
    const twice = roomWordsOf(['samarbied', 'samarbied', 'samarbeid', 'samarbeid', 'samarbeid']);
    expect(inRoomSpelling('Samarbied', twice)).toBe('Samarbied');
  });

  it('names a theme in the room spelling when the note its name is cut from has a slip', () => {
    // The one-word notes are too short to name the theme, so the slip's note does.
    const notes = ['Samarbeid', 'samarbeid!', 'Samarbied på tvers av tjenestene'].map((text, i) => ({
      id: `n${i}`,
      text,
    }));
    const theme = must(computeThemes(notes)[0]);
    expect(theme.labelNoteId).toBe('n2');
    expect(theme.label).toBe('Samarbeid på tvers av tjenestene');
  });
});
