// Words that never name a theme.
//
// Three layers, from general to specific:
//  1. The maintained lists of the `stopword` package: `nob` (bokmål, Snowball list) and
//     `eng`. The package has no nynorsk list (as of 3.1.5 it exports `nob` only; there is
//     no `nno`), so layer 1 for nynorsk is written here, from the nynorsk half of the
//     Snowball Norwegian stop list plus common forms it lacks (berre, meir, frå, ...).
//  2. General filler the Snowball lists leave out but café notes are full of:
//     modal and light verbs and vague quantifiers ("må", "gir", "mer", "viktig").
//  3. A small domain list: words that occur in nearly every note of a Tillitsreformen
//     workshop, or echo the question itself, and so separate nothing.
//
// Norwegian workshops get bokmål AND nynorsk lists whichever form is chosen: in a real
// room both are written side by side, and no word in one list is a content word in the
// other, so the union costs nothing and halves the noise.
//
// Matching is on the lowercased surface token (before stemming), so inflected forms
// are listed explicitly.
//
// Import note: named imports from 'stopword' work in Node ESM (Node reads the CommonJS
// build, whose `exports.nob = …` lines it detects) and in Vite (which picks the package's
// ESM `module`/`browser` entry, and tree-shakes the 60 languages not used here).
import { eng, nob } from 'stopword';

/** Nynorsk function words (Snowball Norwegian stop list, nynorsk part, plus common forms). */
const NYNORSK_BASE = `
  eg meg deg seg oss dykk dei deim ho han honom hennar hans deira dykkar
  min mi mitt mine din di ditt dine sin si sitt sine vår vårt våre
  ein eit eitt ei den det dette denne desse
  og i på av til frå med for om at som men eller elles så då no her der
  ikkje inkje ingi ingen berre òg også heller enno framleis
  kva kvar kven korleis kvifor kvi korso kvarhelst kvarandre
  er var vore vere verte vert vart varte blir blei bli ha har hadde
  kan kunne skal skulle vil ville må
  nokon noko noka nokor nokre mykje meir fleire mange alle same somme somt
  hjå hoss mot over under utan gjennom mellom etter medan sidan sia fordi difor
  båe både slik sånn upp um so me`;

/** Filler the Snowball lists lack: light/modal verbs, vague quantifiers and evaluators.
 *  "Mer tid", "mindre tid", "viktig med tid" should all be about *tid*. */
const NORWEGIAN_FILLER = `
  må bør får få fått gir gi gitt gjør gjøre gjort gjer gjere tar ta tatt tek tok
  mer meir mye mykje mindre minst mest flere fleire færre litt lite veldig svært helt
  viktig viktigare viktigere bra god godt gode betre bedre
  kanskje altså liksom osv feks etc
  ting måte måten noe noko
  enkelt enkelte ulike ulik andre nye nytt egne eigne egen eigen hele heile heilt stor større store største liten små
  like videre vidare fortsatt fremdeles faktisk egentlig eigentleg ofte aldri alltid gang ganger gonger annet anna
  spesielt særleg særlig mulig mogleg nok igjen først sist stadig ganske nesten allerede allereie utrolig fint flott
  ekstra absolutt virkelig verkeleg klart tydelig tydeleg enklere lettere lett vanskelig vanskeleg`;

/** Workshop-wide words: the reform that every note is about, the speaking "we"
 *  (tables write "vi må ..." in every other note), and "i dag" from question 3.
 *  Deliberately short: "tillit", "barn", "ledelse" stay, since they do separate themes. */
const NORWEGIAN_DOMAIN = `
  tillitsreformen tillitsreform tillitsreforma tillitsreformens tillitsreformas
  reformen reform reforma reformer reformene
  vi oss vår vårt våre me dykk
  dag idag dagens`;

const ENGLISH_FILLER = `
  us not no so just need needs needed get gets give gives make makes made
  less lot lots really good better important maybe thing things way
  reform reforms today`;

function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}

export const BOKMAL_STOPWORDS: ReadonlySet<string> = new Set(nob);
export const NYNORSK_STOPWORDS: ReadonlySet<string> = new Set(words(NYNORSK_BASE));
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(eng);

const NORWEGIAN_ALL: ReadonlySet<string> = new Set([
  ...BOKMAL_STOPWORDS,
  ...NYNORSK_STOPWORDS,
  ...words(NORWEGIAN_FILLER),
  ...words(NORWEGIAN_DOMAIN),
]);
const ENGLISH_ALL: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS, ...words(ENGLISH_FILLER)]);

export type StopwordLanguage = 'nb' | 'nn' | 'en';

/** The complete set used for a workshop in `language` (lowercase surface forms). */
export function stopwordsFor(language: StopwordLanguage): ReadonlySet<string> {
  return language === 'en' ? ENGLISH_ALL : NORWEGIAN_ALL;
}
