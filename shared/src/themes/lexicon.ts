// A small hand-made Norwegian lexicon (bokmål and nynorsk) for what a stemmer and corpus statistics get wrong.
//
// No maintained Norwegian lemma list fits here: the hunspell dictionaries on npm (dictionary-nb, dictionary-nn) are
// GPL-2.0 and need an affix engine, cspell's @cspell/dict-nb-no is GPL-3.0 (a bokmål word list only, no lemmas), and
// full-form lists run to tens of megabytes. The failures seen on café notes are
// few and specific, so they are listed by hand:
//  - words whose parts mislead: "tillitsvalgte" (union representatives) is not about "tillit" (trust);
//  - words that are verbs in one note and nouns in another: "bruker" in "vi bruker ungdomsrådet" is not the user.

/** Lexicalised compounds, matched on a word's start: the word is this lemma, not its parts. */
const WHOLE_WORDS: readonly (readonly [prefix: string, lemma: string])[] = [
  ['tillitsvalgt', 'tillitsvalgt'],
  ['tillitsvald', 'tillitsvalgt'],
  ['tillitsverv', 'tillitsvalgt'],
  ['verneombud', 'verneombud'],
  ['vernombod', 'verneombud'],
];

/** The lemma of a word that must stay whole, or undefined. */
export function wholeWordLemma(word: string): string | undefined {
  return WHOLE_WORDS.find(([prefix]) => word.startsWith(prefix))?.[1];
}

/** Subject pronouns (nb and nn): the word right after one is a finite verb ("vi bruker", "eg meiner", "dei trur"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set('jeg eg vi me du de dei han hun ho man'.split(' '));

/**
 * Verbs and auxiliaries that carry no theme, in the forms notes use (infinitive, present, past, participle), nb and
 * nn. A label never ends on one and never is one; they weigh nothing in grouping.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  `
  er var vært vore vere være blir ble blei bli vert vart verte har hadde ha hatt
  kan kunne skal skulle vil ville må måtte bør burde får fikk fekk få fått
  gjør gjorde gjort gjer gjorde gjere gjøre gir gav ga gi gitt gje gjev gjeve
  tar tok ta tatt tek teke tok sier sa si sagt seier seia trenger trengs trengte trenge treng
  handler handlar handle handla står stod stå sto går gikk gå gjekk kommer kom komme kjem
  finnes fins finst finne finn fant fann brukes brukast brukte
  ser såg se sett synes synest syns tror trur tru trodde meiner mener meine mene
  virker verkar fungerer fungerar legge legger legg la lagt sette setter set satt
  bruke brukes lage lager laga jobbe jobber jobbar snakke snakker snakkar tenke tenker tenkjer vite veit vet
  skape skaper skapar bygge bygger byggje sikre sikrer sikra styrke styrker styrkje øke øker auke aukar bidra bidrar
  fortsette fortsetter halde holde holder held starte starter begynne begynner ønsker ønskjer mangler manglar savner
  `
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Words that never end a label: prepositions, conjunctions and other words that leave a phrase hanging. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `
  og i på av til te å fra frå med for om at som men eller så da då når enn mot over under uten utan
  gjennom mellom etter før etter ved hos hjå rundt via vs der her hvor kor hva kva den det de dei
  en ei et ein eit mer meir mindre mye mykje flere fleire færre må bør skal kan vil er blir vert
  ikke ikkje også òg bare berre altfor for svært veldig litt samme same
  `
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
