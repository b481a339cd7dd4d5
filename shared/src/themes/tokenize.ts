// Turning a sticky note into words.
//
// Notes are typed fast on tablets and phones, so the tokenizer is forgiving rather than
// clever: it keeps every run of letters (any script, so æ ø å é ü all survive), lowercases
// it, and throws away everything else. There is no sentence or part-of-speech logic:
// notes are 3–10 words and mostly elliptic ("Mindre rapportering = mer tid til barna").
// Shorthand ("bv", "TV", "maa") is read as the words meant first (shorthand.ts).
import { readShorthand, withRing } from './shorthand.js';

/** Tokens shorter than this are dropped. Norwegian and English two-letter words are
 *  almost all function words (og, på, er, vi, eg, to, of ...) and the few that are not
 *  ("ny", "ro") are too vague to name a theme. */
export const MIN_TOKEN_LENGTH = 3;

/** A little longer than any real word; keeps a pasted URL or keyboard mash from
 *  becoming a "term" that dominates a theme label. */
export const MAX_TOKEN_LENGTH = 40;

// \p{L}: any letter. \p{M}: combining marks, for text that survives NFC with a mark
// still attached. Digits and punctuation split words, so "2023", "v/", "=" disappear and
// "rapporterings- og dokumentasjonskrav" gives "rapporterings", "og", "dokumentasjonskrav".
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/** Length in code points, not UTF-16 units, so it is the length a person would count (a letter outside the BMP is
 *  one, a combining mark still attached after NFC is one of its own). */
function codePoints(word: string): number {
  let length = 0;
  for (const _ of word) length++;
  return length;
}

/**
 * Lowercased words of `text`, in order, with duplicates kept (term frequency is the
 * caller's business).
 *
 * NFC first: iOS and macOS can deliver "å" as "a" + combining ring; without composing,
 * the same word typed on two devices would be two different terms.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of text.normalize('NFC').matchAll(WORD)) {
    const typed = match[0];
    const lower = typed.toLowerCase();
    const shorthand = readShorthand(typed, lower);
    if (shorthand !== undefined) {
      if (shorthand !== '') out.push(shorthand);
      continue;
    }
    const word = withRing(lower);
    const length = codePoints(word);
    if (length < MIN_TOKEN_LENGTH || length > MAX_TOKEN_LENGTH) continue;
    out.push(word);
  }
  return out;
}
