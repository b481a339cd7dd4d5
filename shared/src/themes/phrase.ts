// A theme's name as a short phrase a facilitator can read aloud, cut from one of its notes.
//
// Not a list of stems: a note's own words, in its own målform, shortened at a natural boundary. "Mindre rapportering,
// meir tid til fagarbeid" → "Mindre rapportering"; "Ledere som viser tillit til medarbeiderne" stays as written.
import { at } from './checked.js';
import { FUNCTION_WORDS, LIGHT_VERBS } from './lexicon.js';
import { stopwordsFor } from './stopwords.js';
import type { StopwordLanguage } from './stopwords.js';

export const MIN_LABEL_WORDS = 2;
export const MAX_LABEL_WORDS = 7;

/** Where a clause ends: punctuation and dashes (not "=", which joins the two halves of one thought). */
const CLAUSE_END = /\s*(?:[,;:!?.()…]|\s[-–—]\s|\s[-–—]$|^[-–—]\s)\s*/u;
/** Words that start a second clause: the phrase stops before them when it would be too long otherwise. */
const CLAUSE_START = new Set([
  'og',
  'fordi',
  'men',
  'som',
  'når',
  'så',
  'slik',
  'der',
  'hvor',
  'kor',
  'eller',
  'sidan',
  'siden',
  'dersom',
  'hvis',
  'viss',
]);

const bare = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{M}]/gu, '');

/** A word a theme name may not end on: it leaves the phrase hanging ("Mindre rapportering og"). */
function danglingEnd(word: string): boolean {
  const w = bare(word);
  return w === '' || /^[=+&→]$/u.test(word) || FUNCTION_WORDS.has(w) || LIGHT_VERBS.has(w) || CLAUSE_START.has(w);
}

/** Whether `words` holds at least one word that says something (not a stopword, verb or function word). */
export function hasContentWord(words: readonly string[], language: StopwordLanguage): boolean {
  const stopwords = stopwordsFor(language);
  return words.some((word) => {
    const w = bare(word);
    return w.length >= 3 && !stopwords.has(w) && !LIGHT_VERBS.has(w) && !FUNCTION_WORDS.has(w);
  });
}

/** Words that open a subordinate clause, whose finite verb comes last ("at noe ikke virker", "som ingen leser"). */
const SUBORDINATORS = new Set(['at', 'som', 'om', 'når', 'fordi', 'hvis', 'viss', 'dersom', 'sidan', 'siden']);
const NEGATIONS = new Set(['ikke', 'ikkje']);

/**
 * Whether the last word is the verb that closes a subordinate clause: "Vi må tåle at noe ikke virker" ends there, and
 * taking the verb (then "ikke") away leaves "Vi må tåle at noe", which says nothing.
 */
function closesClause(words: readonly string[]): boolean {
  const last = words.length - 1;
  if (!LIGHT_VERBS.has(bare(at(words, last)))) return false;
  const opener = words.findLastIndex((w, i) => i < last - 1 && SUBORDINATORS.has(bare(w)));
  return opener >= 0;
}

/** Short words that are a verb's particle right after it ("være med", "ta over", "komme inn"): part of the verb. */
const PARTICLES = new Set(['med', 'over', 'inn', 'ut', 'opp', 'ned', 'fram', 'frem', 'til', 'på', 'av', 'etter']);

/** Whether the phrase ends on a verb and its particle ("brukerne skal være med"): whole, nothing dangles. */
function endsOnParticle(words: readonly string[]): boolean {
  return (
    words.length >= 3 &&
    PARTICLES.has(bare(at(words, words.length - 1))) &&
    LIGHT_VERBS.has(bare(at(words, words.length - 2)))
  );
}

/** The words without a dangling end, and whether what went carried meaning (a verb or a negation). */
function trimEnd(words: string[]): { words: string[]; lostMeaning: boolean } {
  const out = [...words];
  let lostMeaning = false;
  while (out.length > 1 && danglingEnd(at(out, out.length - 1)) && !closesClause(out) && !endsOnParticle(out)) {
    const w = bare(at(out, out.length - 1));
    if (LIGHT_VERBS.has(w) || NEGATIONS.has(w)) lostMeaning = true;
    out.pop();
  }
  return { words: out, lostMeaning };
}

/** The tail of a list after a comma: "skole og helse" in "mellom barnevern, skole og helse". */
const LIST_TAIL = /^[\p{L}\p{M}-]+(?: [\p{L}\p{M}-]+)? (?:og|eller) [\p{L}\p{M}-]+(?: [\p{L}\p{M}-]+)?$/u;

/** The note's clauses; a comma that only separates the items of a list does not end one. A tail that opens with a
 *  word like "mindre" or "ikke" is a second thought ("Meir involvering, mindre ovanfrå og ned"), not a list. */
function clausesOf(text: string, language: StopwordLanguage): string[] {
  const stopwords = stopwordsFor(language);
  const clauses: string[] = [];
  let rest = text;
  for (let match = CLAUSE_END.exec(rest); match !== null; match = CLAUSE_END.exec(rest)) {
    const head = rest.slice(0, match.index);
    const tail = rest.slice(match.index + match[0].length);
    const nextEnd = CLAUSE_END.exec(tail);
    const next = nextEnd === null ? tail : tail.slice(0, nextEnd.index);
    const opener = bare(next.split(' ')[0] ?? '');
    if (match[0].trim() === ',' && head !== '' && LIST_TAIL.test(next) && !stopwords.has(opener)) {
      // Join the list back: the clause goes on through the tail.
      clauses.push(`${head}, ${next}`);
      rest = nextEnd === null ? '' : tail.slice(nextEnd.index + nextEnd[0].length);
      continue;
    }
    clauses.push(head);
    rest = tail;
  }
  if (rest !== '') clauses.push(rest);
  return clauses;
}

/** "Tillitsvalde med i planarbeidet = bra": a verdict after "=" that says nothing of what ("bra", "viktig", "+1") is
 *  dropped with its "="; "Mindre rapportering = mer tid" keeps both halves. */
function withoutEmptyVerdict(words: readonly string[], language: StopwordLanguage): string[] {
  const sign = words.lastIndexOf('=');
  return sign > 0 && !hasContentWord(words.slice(sign + 1), language) ? words.slice(0, sign) : [...words];
}

/** A note's phrase, and whether it reads unfinished: cut mid-clause at the hard limit, or its verb trimmed away. */
export interface NotePhrase {
  phrase: string;
  clipped: boolean;
}

/**
 * The phrase a note gives as a theme name: its first clause that has a content word, cut to at most
 * MAX_LABEL_WORDS words (before a word that starts a new clause when there is one), without a dangling last word,
 * first letter upper-case. Undefined when the note has no such clause.
 */
export function notePhrase(text: string, language: StopwordLanguage): string | undefined {
  return notePhraseParts(text, language)?.phrase;
}

/** notePhrase, saying also whether the phrase was clipped at the hard limit ("Faglige diskusjoner i teamene er vår"). */
export function notePhraseParts(text: string, language: StopwordLanguage): NotePhrase | undefined {
  for (const clause of clausesOf(text.normalize('NFC').replace(/\s+/g, ' ').trim(), language)) {
    // Symbols that carry meaning between words ("mindre rapportering = mer tid") stay; stray punctuation goes.
    let words = withoutEmptyVerdict(
      clause.split(' ').filter((w) => bare(w) !== '' || /^[=+&→]$|\p{N}/u.test(w)),
      language,
    );
    if (!hasContentWord(words, language)) continue;
    let clipped = false;
    if (words.length > MAX_LABEL_WORDS) {
      // Stop before the last clause start that leaves a phrase of 2 words or more, else at the hard limit.
      const cut = words.findLastIndex(
        (w, i) => i >= MIN_LABEL_WORDS && i <= MAX_LABEL_WORDS && CLAUSE_START.has(bare(w)),
      );
      clipped = cut <= 0;
      words = words.slice(0, cut > 0 ? cut : MAX_LABEL_WORDS);
    }
    const trimmed = trimEnd(words);
    words = trimmed.words;
    // A phrase that lost its verb or negation reads unfinished, like one cut at the limit: a whole one goes first.
    clipped ||= trimmed.lostMeaning;
    if (!hasContentWord(words, language)) continue;
    const phrase = words.join(' ').replace(/^["«'(]+|["»')]+$/gu, '');
    return { phrase: phrase.charAt(0).toLocaleUpperCase('nb') + phrase.slice(1), clipped };
  }
  return undefined;
}

export const wordCount = (phrase: string): number => phrase.split(' ').filter((w) => w !== '').length;
