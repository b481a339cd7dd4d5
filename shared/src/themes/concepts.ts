// Words that mean the same thing in a café dialogue about public services, bokmål and nynorsk: a hand-made thesaurus.
//
// Lexical grouping cannot see that "Bryte ned siloer" and "Samarbeid på tvers" are one theme, or "skjema" and
// "rapportering". A small list of concepts, each a set of word starts, closes the worst of those gaps: a note gets
// the concept as one more term next to its words. Entries are word *starts* (so inflections and compounds match:
// "rapporteringskrav", "brukarmedverknad"), chosen for the topics any workshop on trust-based public services
// raises, not for one set of notes. A word may belong to one concept only (the first that matches).

const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  reporting: [
    'rapport',
    'dokumentasjon',
    'skjema',
    'byråkrat',
    'papirarbeid',
    'registrer',
    'måltall',
    'indikator',
    'kontrollrutin',
  ],
  cooperation: [
    'samarbei',
    'samarbied',
    'samhandl',
    'tverrfag',
    'tverrfagleg',
    'silo',
    'koordiner',
    'helhetlig',
    'heilskapleg',
    'heilhetleg',
  ],
  voice: [
    'medvirk',
    'medverk',
    'brukermedv',
    'brukarmedv',
    'lytt',
    'stemme',
    'høre',
    'hørt',
    'høyre',
    'høyrt',
    'medbestemm',
    'spørre',
    'spørje',
    'brukerråd',
    'ungdomsråd',
  ],
  early: ['tidlig', 'tidleg', 'forebygg', 'førebygg', 'brannslukk'],
  leadership: ['leder', 'ledel', 'leiar', 'leiing', 'lederskap', 'delegere', 'delegering'],
  learning: ['kompetanse', 'læring', 'lære', 'erfaring', 'deling', 'dele', 'opplæring', 'veiledning', 'rettleiing'],
  discretion: ['skjønn', 'handlingsrom', 'fleksib', 'frihet', 'fridom', 'autonomi', 'handlefri'],
  trust: ['tillit', 'stole', 'tiltru'],
  time: ['tid', 'frigjøre', 'frigjere'],
  involvement: ['involv', 'medarbeiderdriv', 'eierskap', 'eigarskap'],
  unions: ['tillitsvalgt', 'tillitsvald', 'fagforen', 'partssamarb', 'trepart', 'verneombud'],
  trial: ['pilot', 'prøve', 'utprøv', 'forsøk', 'eksperiment', 'feile', 'innovasjon'],
  digital: ['digital', 'fagsystem', 'system', 'verktøy', 'teknolog'],
};

/** Whole words that start like a concept word but are not it ("tidligere" is early, "tiden" is time; these are not). */
const NOT_CONCEPT: ReadonlySet<string> = new Set(['systematisk', 'delen', 'delvis', 'stemmer']);

const ENTRIES: readonly (readonly [prefix: string, concept: string])[] = Object.entries(CONCEPTS)
  .flatMap(([concept, prefixes]) => prefixes.map((p) => [p, concept] as const))
  // Longest first, so "tillitsvalgt" (unions) wins over "tillit" (trust).
  .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));

/** Concept terms live in the word view beside stems; this prefix keeps them from ever being shown as a word. */
export const CONCEPT_MARK = '~';

/** The concept a lowercased word belongs to, if any. "tid" matches only as the whole word or its inflections. */
export function conceptOf(word: string): string | undefined {
  if (NOT_CONCEPT.has(word)) return undefined;
  for (const [prefix, concept] of ENTRIES) {
    if (!word.startsWith(prefix)) continue;
    // Short prefixes match a word and its endings only, not every word that happens to start with them.
    if (prefix.length <= 4 && word.length > prefix.length + 3) continue;
    return concept;
  }
  return undefined;
}
