// How a table host writes in a hurry, read as the words meant: the sector's abbreviations ("bv", "TV", "PPT") and
// "aa" typed for "å" on a keyboard without it ("maa", "byraakrati").
//
// Abbreviations are language knowledge of Norwegian public services, not taken from any set of notes. Two-letter ones
// would otherwise be dropped with the other two-letter words (tokenize.ts). A few are read only in capitals: "IT" and
// "PC" are the machines, "it" is an English word. Shorthand that stands for nothing a theme is about ("ift", "mtp")
// is dropped.

/** Abbreviation (lowercase, any case typed) → the word it stands for. */
const ANY_CASE: ReadonlyMap<string, string> = new Map([
  // The services a case involves.
  ['bv', 'barnevern'],
  ['bvtj', 'barneverntjeneste'],
  ['hs', 'helsestasjon'],
  ['hsp', 'helsesykepleier'],
  ['bhg', 'barnehage'],
  // The parties at work.
  ['tv', 'tillitsvalgt'],
  ['htv', 'tillitsvalgt'],
  ['ftv', 'tillitsvalgt'],
  ['vo', 'verneombud'],
  ['hvo', 'verneombud'],
  ['amu', 'arbeidsmiljøutvalg'],
  // Paperwork and its neighbours, cut short.
  ['rapp', 'rapportering'],
  ['dok', 'dokumentasjon'],
  ['doku', 'dokumentasjon'],
  ['adm', 'administrasjon'],
  ['admin', 'administrasjon'],
  ['komp', 'kompetanse'],
  ['ldr', 'leder'],
  ['samarb', 'samarbeid'],
  ['tverrf', 'tverrfaglig'],
  ['ikt', 'ikt'],
]);

/** Read only as typed in capitals. */
const CAPITALS: ReadonlyMap<string, string> = new Map([
  ['IT', 'ikt'],
  ['PC', 'datamaskin'],
  ['PCer', 'datamaskin'],
]);

/** Shorthand for "in relation to", "with a view to" and the like: fillers, never a theme. */
const FILLER: ReadonlySet<string> = new Set(['ift', 'mtp', 'bla', 'evt', 'dvs', 'feks', 'osv', 'etc', 'mm', 'iht']);

/** The word a shorthand token stands for; '' for a filler; undefined when it is no shorthand. `typed` is as written
 *  (NFC), `lower` its lowercase. */
export function readShorthand(typed: string, lower: string): string | undefined {
  const capital = CAPITALS.get(typed);
  if (capital !== undefined) return capital;
  if (FILLER.has(lower)) return '';
  return ANY_CASE.get(lower);
}

/** "aa" for "å" in a word written without æ, ø or å: "maa" → "må", "byraakrati" → "byråkrati". A word that has an
 *  "å" already was typed on a Norwegian keyboard, so its "aa" is meant. */
export function withRing(lower: string): string {
  return lower.includes('aa') && !/[æøå]/u.test(lower) ? lower.replaceAll('aa', 'å') : lower;
}

/** Whether a word as typed is shorthand: a theme's name should spell things out, so one with shorthand gives way. */
export function isShorthand(typed: string): boolean {
  const read = readShorthand(typed, typed.toLowerCase());
  return read !== undefined && read !== typed.toLowerCase();
}
