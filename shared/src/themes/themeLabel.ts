// Naming a theme after one of its notes, shortened to a phrase (phrase.ts): among the most central notes (most like
// the others), the one whose words the theme's notes share (sharedName below), else the first whose phrase has 2–7
// words; a note that is a word or two ("Tid") or a whole paragraph makes a poor name.
// A phrase clipped mid-clause at the word limit can read unfinished ("Faglige diskusjoner i teamene er vår"), so a
// whole phrase from the next candidates goes before it.
import { MAX_LABEL_WORDS, MIN_LABEL_WORDS, notePhraseParts, wordCount, type NotePhrase } from './phrase.js';
import { isShorthand } from './shorthand.js';
import type { StopwordLanguage } from './stopwords.js';
import { tokenize } from './tokenize.js';

/** How far down the centrality ranking a better-sized name may come from. */
const CANDIDATES = 3;
/** How far down it a name that says what the theme's notes share may come from. */
const SHARED_CANDIDATES = 6;
/** A name's every content word must be used by at least this share of the theme's notes (or mean what they mean). */
const MIN_SUPPORT = 0.25;

export interface ThemeLabel {
  label: string;
  /** Index (into the caller's list) of the note it was cut from. */
  from: number;
}

/** How many of a theme's notes use a word (0–1), by its term or its concept: a name's words should be the theme's. */
export type WordSupport = (word: string) => number | undefined;

/** Words that open a question or a supposition: "Kommer det nye rapporteringskrav …", "Hvis vi stoler mer på …". */
const ASKS = new Set(
  'hva kva hvorfor kvifor korfor hvordan korleis hvem kven når hvis viss dersom om kommer kjem blir vert får er kan skal vil må bør'.split(
    ' ',
  ),
);

function asksOrSupposes(text: string): boolean {
  const first =
    text
      .trim()
      .split(/\s+/u)[0]
      ?.toLowerCase()
      .replace(/[^\p{L}]/gu, '') ?? '';
  return /\?\s*$/u.test(text) || (ASKS.has(first) && !/^(må|bør|skal|kan|vil)$/u.test(first));
}

interface Candidate extends NotePhrase {
  from: number;
  /** Sum of its content words' support. */
  support: number;
}

/**
 * A name that says what the theme's notes share, not what one table added: among the phrases of the most central
 * notes, a whole one of 2–7 words whose every content word at least a quarter of the notes use, the one whose words
 * the notes use most. "Samarbeidet med sjukehuset har blitt betre" named eleven notes on working together, one of
 * them about the hospital. (Cutting a phrase down to its head before a preposition was tried: "Ledere gi mandat +
 * stol", "Ungdommens stemme ungdomsråd inn" read worse than a whole note.)
 */
function sharedName(
  texts: readonly string[],
  language: StopwordLanguage,
  support: WordSupport,
): ThemeLabel | undefined {
  let best: Candidate | undefined;
  for (const [from, text] of texts.slice(0, SHARED_CANDIDATES).entries()) {
    const parts = notePhraseParts(text, language);
    // A question or an "if …" names a doubt, not what the notes share; "tv" or "bv" is not a name to read out.
    if (parts === undefined || asksOrSupposes(text) || parts.phrase.split(/[^\p{L}]+/u).some(isShorthand)) continue;
    const phrases = [parts];
    for (const { phrase, clipped } of phrases) {
      const words = wordCount(phrase);
      if (clipped || words < MIN_LABEL_WORDS || words > MAX_LABEL_WORDS) continue;
      const shares = tokenize(phrase).flatMap((w) => {
        const share = support(w);
        return share === undefined ? [] : [share];
      });
      if (shares.length === 0 || Math.min(...shares) < MIN_SUPPORT) continue;
      const total = shares.reduce((a, b) => a + b, 0);
      if (best === undefined || total > best.support + 1e-9) best = { phrase, clipped, from, support: total };
    }
  }
  return best && { label: best.phrase, from: best.from };
}

/**
 * The label of a theme whose members' texts are `texts`, most central first. `fallback` names a theme none of whose
 * notes has a content word (it cannot happen with notes that were grouped by their words, but stays total). With
 * `support`, a name that says what the notes share wins (sharedName); else, or when none does, the first of the most
 * central notes whose phrase is whole and 2–7 words long.
 */
export function themeLabel(
  texts: readonly string[],
  language: StopwordLanguage,
  fallback: string,
  support?: WordSupport,
): ThemeLabel {
  const shared = support && sharedName(texts, language, support);
  if (shared) return shared;
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
