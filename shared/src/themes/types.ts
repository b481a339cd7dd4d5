// What the live summariser takes and gives (the API is index.ts).

export type ThemeLanguage = 'nb' | 'nn' | 'en';

export interface ThemeInputNote {
  id: string;
  text: string;
  starred?: boolean;
}

export interface Theme {
  /** Stable id: the smallest member note id, so a theme keeps its key while notes are added. */
  key: string;
  /** Its 2–3 top terms as words people wrote, e.g. "rapportering · tid · barn". */
  label: string;
  /** Top terms (surface form), best first. */
  terms: string[];
  /** Members, most representative first. */
  noteIds: string[];
  /** Up to 3 most central notes (starred notes get a small preference). */
  representativeNoteIds: string[];
}
