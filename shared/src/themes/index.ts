// Themes: the public API of the live summariser (nb, nn, en).
//
// Pure and deterministic: no I/O, no clock, no randomness; the same notes give the same
// themes in any order. How it works, step by step, is in pipeline.ts; each step has its
// own file (tokenize, stopwords, stem, features, tfidf, cluster, label).
import { DEFAULT_PARAMS, runThemes } from './pipeline.js';
import type { Theme, ThemeInputNote, ThemeLanguage } from './types.js';

// The types are part of this API; they live in types.ts so that the steps (pipeline.ts, curate.ts) can use them
// without importing the API that imports them.
export type { Theme, ThemeInputNote, ThemeLanguage };

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
