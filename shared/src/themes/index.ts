// Themes: the public API of the live summariser (nb, nn, en).
//
// Pure and deterministic: no I/O, no clock, no randomness; the same notes give the same
// themes in any order. How it works, step by step, is in pipeline.ts; each step has its
// own file (tokenize, stopwords, stem, features, tfidf, cluster, label).
import { DEFAULT_PARAMS, runThemes } from './pipeline.js';

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

/**
 * Groups notes into labelled themes, biggest first (then by key). Notes that fit no theme
 * of at least two notes are left out. At most `maxThemes` (default 8) themes.
 */
export function computeThemes(
  notes: readonly ThemeInputNote[],
  opts?: { language?: ThemeLanguage; maxThemes?: number },
): Theme[] {
  return runThemes(notes, {
    ...DEFAULT_PARAMS,
    language: opts?.language ?? DEFAULT_PARAMS.language,
    maxThemes: Math.floor(opts?.maxThemes ?? DEFAULT_PARAMS.maxThemes),
  });
}
