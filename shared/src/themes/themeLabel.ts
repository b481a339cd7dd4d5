// Naming a theme after one of its notes, shortened to a phrase (phrase.ts): among the most central notes (most like
// the others), the one whose words the theme's notes share (sharedName below), else the first whose phrase has 2–7
// words; a note that is a word or two ("Tid") or a whole paragraph makes a poor name.
// A phrase clipped mid-clause at the word limit can read unfinished ("Faglige diskusjoner i teamene er vår"), so a
// whole phrase from the next candidates goes before it.
import { MAX_LABEL_WORDS, MIN_LABEL_WORDS, notePhraseParts, wordCount } from './phrase.js';
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

/** Words that open a question or a supposition: "Kommer det nye rapporteringskrav …", "Hvis vi stoler mer på …".
 *  ("Blir ikke hørt", "Får ikke tid" are statements with the subject left out, so those verbs are not here.) */
const ASKS = new Set('hva kva hvorfor kvifor korfor hvordan korleis hvem kven hvis viss dersom kommer kjem'.split(' '));

function asksOrSupposes(text: string): boolean {
  const first = (text.trim().split(/\s+/u)[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  return /\?\s*$/u.test(text) || ASKS.has(first);
}

interface Candidate {
  phrase: string;
  from: number;
  /** Sum of its content words' support. */
  total: number;
}

/** Better name first: the words the notes use most, then the more central note. */
function better(a: Candidate, b: Candidate): boolean {
  return Math.abs(a.total - b.total) > 1e-9 ? a.total > b.total : a.from < b.from;
}

/**
 * A name that says what the theme's notes share, not what one table added: among the phrases of the most central
 * notes, a whole one of 2–7 words whose every content word at least a quarter of the notes use, the one whose words
 * the notes use most. "Samarbeidet med sjukehuset har blitt betre" named eleven notes on working together, one of
 * them about the hospital. (Tried and not kept: cutting a phrase to its head before a preposition, "Ledere gi mandat
 * + stol"; when no phrase is whole, the one whose least-used word is used most: "Godt å høyre Fagforbundet sitt
 * perspektiv" for a theme on listening to citizens.)
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
    if (parts === undefined || parts.clipped || asksOrSupposes(text)) continue;
    if (parts.phrase.split(/[^\p{L}]+/u).some(isShorthand)) continue;
    const words = wordCount(parts.phrase);
    if (words < MIN_LABEL_WORDS || words > MAX_LABEL_WORDS) continue;
    const shares = tokenize(parts.phrase).flatMap((w) => {
      const share = support(w);
      return share === undefined ? [] : [share];
    });
    if (shares.length === 0 || Math.min(...shares) < MIN_SUPPORT) continue;
    const candidate = {
      phrase: parts.phrase,
      from,
      total: shares.reduce((x, y) => x + y, 0),
    };
    if (best === undefined || better(candidate, best)) best = candidate;
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
