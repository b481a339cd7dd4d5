// Stemming: "rapportering", "rapporteringen", "rapporteringa" → one term.
//
// Uses the Snowball stemmers (package `snowball-stemmers`, a JS port of snowballstem.org).
// Nynorsk uses the Norwegian stemmer too: Snowball's Norwegian algorithm already strips
// nynorsk endings (-ane, -ene, -a, -ar ...), and a single stemmer lets a bokmål and a
// nynorsk note about the same thing ("barna" / "borna" aside) meet on one term.
//
// Import note: the package is a UMD/CommonJS file that sets `__esModule`. That matters:
//  - a *default* import would be `module.exports` in Node but `exports.default`
//    (undefined) in Vite/esbuild/Rollup interop, so we never use one;
//  - *named* imports work in both: Node's CJS export detection finds `exports.newStemmer`,
//    and bundlers map names onto the CommonJS exports object.
//  (Checked with plain Node 20 ESM, tsx, vitest, and Vite 8 dev server and production build.)
// The file holds every Snowball language (~850 kB unminified); it cannot be tree-shaken.
// In a Vite production build all of themes/ comes to ~340 kB minified, ~45 kB gzip, so a
// client that only displays themes should not import this (or should load it lazily).
import { newStemmer } from 'snowball-stemmers';
import type { SnowballStemmer } from 'snowball-stemmers';

export type StemLanguage = 'nb' | 'nn' | 'en';

/** Beyond this many distinct words per language the memo is cleared; a workshop uses a
 *  few thousand, so this only guards a long-lived server process from unbounded growth. */
const MEMO_LIMIT = 50_000;

interface Memo {
  stemmer: SnowballStemmer;
  cache: Map<string, string>;
}

// Created lazily: constructing a stemmer is cheap, but there is no reason to build the
// English one in a Norwegian workshop.
const memos = new Map<'norwegian' | 'english', Memo>();

function memoFor(language: StemLanguage): Memo {
  const algorithm = language === 'en' ? 'english' : 'norwegian';
  let memo = memos.get(algorithm);
  if (memo === undefined) {
    memo = { stemmer: newStemmer(algorithm), cache: new Map() };
    memos.set(algorithm, memo);
  }
  return memo;
}

/** The inflected forms of "bruker" the user (brukeren, brukerne, brukarane ...), which Snowball stems like the verb
 *  "bruke" (to use). The bare "bruker"/"brukar" is left to the verb: "bruker mye tid på" is the commoner use. */
const USER_NOUN = /^bruk[ae]r(en|ens|ne|nes|e|es|ar|ane|anes|ars)$/;

/**
 * Snowball's Norwegian algorithm is deliberately light; on café notes it leaves apart
 * forms that must meet, and joins two that must not. Small fixes on top of it:
 *  - "tidlig"/"tidleg" (early) is stemmed to "tid" (time) by the -lig rule; in this
 *    domain "tidlig innsats" and "mer tid" are two different big themes, so keep it apart.
 *  - "brukerne" (the users) is stemmed like "bruke" (to use): keep the noun apart.
 *  - "-ering" nouns keep their verb: rapportering/rapporterer, involvering/involverer.
 *  - definite plurals in -erne are left as "-ern" (lederne → ledern): drop the n.
 *  - a second pass joins what the first left one suffix apart (ledere → leder → led,
 *    the stem of leder and ledelse).
 *  - a final double consonant is undoubled (ungdommen → ungdomm → ungdom).
 * Stems are never shown to people (labels use surface words), so they may look odd.
 */
function norwegianStem(word: string, stemmer: SnowballStemmer): string {
  if (word.startsWith('tidlig') || word.startsWith('tidleg')) return 'tidlig';
  if (USER_NOUN.test(word)) return 'bruker';
  let s = stemmer.stem(word);
  if (s.endsWith('ering')) s = s.slice(0, -3);
  else if (s.endsWith('ern') && s.length > 5) s = s.slice(0, -1);
  s = stemmer.stem(s);
  const last = s.length - 1;
  const final = s.charAt(last);
  if (s.length > 4 && final === s.charAt(last - 1) && !'aeiouyæøå'.includes(final)) s = s.slice(0, last);
  return s;
}

/** The Snowball stem of a lowercased word. Pure (memoised; same word → same stem). */
export function stem(word: string, language: StemLanguage): string {
  const memo = memoFor(language);
  const hit = memo.cache.get(word);
  if (hit !== undefined) return hit;
  if (memo.cache.size >= MEMO_LIMIT) memo.cache.clear();
  const stemmed = language === 'en' ? memo.stemmer.stem(word) : norwegianStem(word, memo.stemmer);
  // A stem of 1–2 letters ("led" is fine, "l" is not) would merge unrelated words;
  // keep the word itself in that case.
  const result = stemmed.length >= 3 ? stemmed : word;
  memo.cache.set(word, result);
  return result;
}
