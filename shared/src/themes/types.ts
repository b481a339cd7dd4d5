// What the live summariser takes and gives (the API is index.ts).

export type ThemeLanguage = 'nb' | 'nn' | 'en';

export interface ThemeInputNote {
  id: string;
  text: string;
  starred?: boolean;
  /** The table that wrote it: a theme says how many tables raised it. */
  table?: number;
}

export interface Theme {
  /** Stable id: the smallest member note id, so a theme keeps its key while notes are added. */
  key: string;
  /** A short phrase in the notes' own words, cut from its most central note: "Mindre rapportering". */
  label: string;
  /** The note the label was cut from (the console offers any note as the name; this one is the default). */
  labelNoteId: string;
  /** Top terms (surface form), best first: what the notes share, for search and the console. */
  terms: string[];
  /** Members, most representative first. */
  noteIds: string[];
  /** Up to 3 most central notes (starred notes get a small preference). */
  representativeNoteIds: string[];
  /** The distinct tables whose notes are in it, ascending (empty when notes carry no table). */
  tables: number[];
}
