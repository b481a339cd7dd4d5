// From note text to weighted terms: tokenize → drop stopwords and light verbs → nynorsk twin → stem and concept →
// split compounds.
//
// Also remembers, per note, which surface word produced each stem, so labels can show
// "rapportering" rather than the stem, and "barn" rather than "barn" ← "barna"/"barnas".
import { CONCEPT_MARK, conceptOf, participationOf } from './concepts.js';
import { LIGHT_VERBS, SUBJECT_PRONOUNS, wholeWordLemma } from './lexicon.js';
import { toBokmal } from './nynorsk.js';
import { stem } from './stem.js';
import type { StemLanguage } from './stem.js';
import { stopwordsFor } from './stopwords.js';
import { tokenize } from './tokenize.js';

export interface NoteFeatures {
  /** Term (stem) → weight: 1 per occurrence, COMPOUND_PART_WEIGHT per compound part. */
  readonly counts: Map<string, number>;
  /** Stem → surface word → occurrences (direct occurrences only, not compound parts). */
  readonly surfaces: Map<string, Map<string, number>>;
  /** The note's content words (lowercased, in order) for the character n-gram view: no stopwords, no verbs. */
  readonly words: string[];
}

/** A finite verb right after a subject pronoun ("vi bruker ungdomsrådet") says little about the theme, and its stem
 *  often meets a noun's ("bruker" the user): it counts this much. */
const VERB_WEIGHT = 0.3;

/** Compound parts count less than a word written on its own: "rapporteringskrav" should
 *  meet "rapportering" and "krav" notes without being two notes' worth of either.
 *  0.5–1 score alike on the labelled set; 0.75 varies least as the threshold moves. */
export const COMPOUND_PART_WEIGHT = 0.75;
/** Parts shorter than this are not trusted ("led" in "ledelse" is a stem artefact). */
const MIN_PART = 4;
/** Norwegian linking letters between compound parts: tillit-s-basert, barn-e-vern. */
const LINKS = ['', 's', 'e'];

/**
 * Norwegian writes compounds as one word, and stemming does not split them, so
 * "rapporteringskrav" and "rapportering" would share nothing. We look for a known
 * modifier at the start and a known head at the end, "known" meaning a stem seen on its
 * own somewhere in this corpus. Only corpus words are used, so no dictionary is needed
 * and the split follows the vocabulary of the room. Longest matches win.
 *
 * Both parts must be at least 4 letters. A modifier is trusted only when it is long
 * (≥ 6 letters) or followed by a linking s/e (tillit-s-basert): otherwise "handl" (from
 * "handler") would be found in "handlingsrom".
 */
function compoundParts(word: string, known: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  let headEnd = 0;
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const head = word.slice(0, cut);
    if (!known.has(head)) continue;
    const link = LINKS.find((l) => l !== '' && word.startsWith(l, cut));
    if (head.length >= 6 || link !== undefined) {
      parts.push(head);
      headEnd = cut + (link?.length ?? 0);
      break;
    }
  }
  // The part before a head must itself be word-sized, or "system" would end in "stem".
  for (let cut = Math.max(headEnd, MIN_PART); cut <= word.length - MIN_PART; cut++) {
    const tail = word.slice(cut);
    if (known.has(tail)) {
      parts.push(tail);
      break;
    }
  }
  return parts;
}

/** The term a word counts as in grouping (its stem, or a lexicalised compound's lemma), read as features read it:
 *  undefined for a stopword or light verb. For naming a theme after what its notes share (themeLabel.ts). */
export function wordTerm(word: string, language: StemLanguage): { term: string; concept?: string } | undefined {
  if (stopwordsFor(language).has(word) || LIGHT_VERBS.has(word)) return undefined;
  const lemma = wholeWordLemma(word);
  const read = lemma ?? (language === 'en' ? word : toBokmal(word));
  const concept = language === 'en' ? undefined : conceptOf(read);
  return { term: lemma ?? stem(read, language), ...(concept === undefined ? {} : { concept: CONCEPT_MARK + concept }) };
}

export interface FeatureOptions {
  language: StemLanguage;
  /** Split compounds (Norwegian only; English compounds are written apart). */
  decompound?: boolean;
  /** Weight of a word's concept (concepts.ts, Norwegian only) next to its stem; 0 = none. */
  conceptWeight?: number;
}

export function extractFeatures(texts: readonly string[], opts: FeatureOptions): NoteFeatures[] {
  const stopwords = stopwordsFor(opts.language);
  const whole = new Set<string>();
  const conceptWeight = opts.language === 'en' ? 0 : (opts.conceptWeight ?? 0);
  const perNote = texts.map((text) => {
    const counts = new Map<string, number>();
    const surfaces = new Map<string, Map<string, number>>();
    const words: string[] = [];
    const readWords: string[] = [];
    let previous = '';
    for (const word of tokenize(text)) {
      const afterPronoun = SUBJECT_PRONOUNS.has(previous);
      previous = word;
      if (stopwords.has(word) || LIGHT_VERBS.has(word)) continue;
      const lemma = wholeWordLemma(word);
      if (lemma !== undefined) whole.add(lemma);
      // Grouping reads a nynorsk word as its bokmål twin; the surface (for labels) stays as written.
      const read = lemma ?? (opts.language === 'en' ? word : toBokmal(word));
      const s = lemma ?? stem(read, opts.language);
      counts.set(s, (counts.get(s) ?? 0) + (afterPronoun ? VERB_WEIGHT : 1));
      const concept = conceptWeight > 0 && !afterPronoun ? conceptOf(read) : undefined;
      if (concept !== undefined)
        counts.set(CONCEPT_MARK + concept, Math.max(counts.get(CONCEPT_MARK + concept) ?? 0, conceptWeight));
      if (!afterPronoun) words.push(read);
      readWords.push(read);
      let forms = surfaces.get(s);
      if (!forms) surfaces.set(s, (forms = new Map<string, number>()));
      forms.set(word, (forms.get(word) ?? 0) + 1);
    }
    // Whose participation: the users' voice or the staff's involvement (concepts.ts).
    if (conceptWeight > 0) {
      const voice = counts.get(CONCEPT_MARK + 'voice');
      const involvement = counts.get(CONCEPT_MARK + 'involvement');
      const who = voice !== undefined || involvement !== undefined ? participationOf(readWords) : undefined;
      if (who !== undefined) {
        counts.delete(CONCEPT_MARK + 'voice');
        counts.delete(CONCEPT_MARK + 'involvement');
        counts.set(CONCEPT_MARK + who, Math.max(voice ?? 0, involvement ?? 0));
      }
    }
    return { counts, surfaces, words };
  });

  if (opts.decompound ?? opts.language !== 'en') {
    const known = new Set<string>();
    for (const note of perNote) for (const s of note.counts.keys()) known.add(s);
    for (const note of perNote) {
      for (const s of [...note.counts.keys()]) {
        if (whole.has(s) || s.startsWith(CONCEPT_MARK)) continue;
        for (const part of compoundParts(s, known)) {
          if (part === s) continue;
          note.counts.set(part, (note.counts.get(part) ?? 0) + COMPOUND_PART_WEIGHT);
        }
      }
    }
  }
  return perNote;
}
