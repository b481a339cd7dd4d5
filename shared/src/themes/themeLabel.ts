// Naming a theme after its most central note: the note most like the others (highest mean similarity to them),
// shortened to a phrase (phrase.ts). A note that is a word or two ("Tid") or a whole paragraph makes a poor name, so
// the first of the most central notes whose phrase has 2–7 words wins; only when none has, the most central one's.
// A phrase clipped mid-clause at the word limit can read unfinished ("Faglige diskusjoner i teamene er vår"), so a
// whole phrase from the next candidates goes before it.
import { MAX_LABEL_WORDS, MIN_LABEL_WORDS, notePhraseParts, wordCount } from './phrase.js';
import type { StopwordLanguage } from './stopwords.js';

/** How far down the centrality ranking a better-sized name may come from. */
const CANDIDATES = 3;

export interface ThemeLabel {
  label: string;
  /** Index (into the caller's list) of the note it was cut from. */
  from: number;
}

/**
 * The label of a theme whose members' texts are `texts`, most central first. `fallback` names a theme none of whose
 * notes has a content word (it cannot happen with notes that were grouped by their words, but stays total).
 */
export function themeLabel(texts: readonly string[], language: StopwordLanguage, fallback: string): ThemeLabel {
  let first: ThemeLabel | undefined;
  let firstClipped: ThemeLabel | undefined;
  let candidates = 0;
  for (const [i, text] of texts.entries()) {
    const parts = notePhraseParts(text, language);
    if (parts === undefined) continue;
    const named = { label: parts.phrase, from: i };
    first ??= named;
    const words = wordCount(parts.phrase);
    if (words >= MIN_LABEL_WORDS && words <= MAX_LABEL_WORDS) {
      if (!parts.clipped) return named;
      firstClipped ??= named;
    }
    candidates += 1;
    if (candidates >= CANDIDATES) break;
  }
  return firstClipped ?? first ?? { label: fallback, from: 0 };
}
