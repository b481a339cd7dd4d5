// Nynorsk words to their bokmål twins, so a nynorsk note and a bokmål note about the same thing share words.
//
// A room writes both målformer side by side. The stemmer joins the endings ("familiane"/"familiene") but not the
// stems that differ ("born"/"barn", "tilsette"/"ansatte", "tenester"/"tjenester"), and character n-grams join only the
// spellings that happen to share four letters. This list is the common content words of public services whose stem
// differs between the two written standards; it is language knowledge, not taken from any set of notes. Labels keep
// the word as written: only grouping sees the bokmål twin.

/** Pairs "nynorsk bokmål": a word that starts with the first and goes on by at most MAX_ENDING letters. */
const PAIRS = `
  born barn  tilsett ansatt  teneste tjeneste  tenester tjenester  verksemd virksomhet  kvardag hverdag
  samanheng sammenheng  heilskapleg helhetlig  heilskap helhet  tryggleik trygghet  haldning holdning
  eigen egen  eiga egen  eige eie  mogleg mulig  fagleg faglig  tidleg tidlig  dagleg daglig  vanleg vanlig
  openheit åpenhet  avgjerd avgjørelse  skule skole  heim hjem  leiar leder  leiarar ledere  leiing ledelse
  rettleiing veiledning  rettleiar veileder  medverknad medvirkning  tilbod tilbud  arbeidsgjevar arbeidsgiver
  tenkje tenke  spørje spørre  høyre høre  høyrt hørt  kjensle følelse  røynsle erfaring  fråvær fravær
  framtid fremtid  saman sammen  sakshandsamar saksbehandler  handsaming behandling  utval utvalg
  vidare videre  føresetnad forutsetning  oppleving opplevelse  løysing løsning  oppgåve oppgave  bustad bolig
  ungdomar ungdommer  ungdomane ungdommene  tilsetjing ansettelse  lærar lærer  ressursar ressurser  nøgd fornøyd
  byrje begynne  fylgje følge  brukar bruker  medarbeidar medarbeider  arbeidstakar arbeidstaker  meistring mestring
  meistre mestre  einskild enkelt  einskilde enkelte  undersøking undersøkelse  ynskje ønske  ønskje ønske
  utgreiing utredning  sjukehus sykehus  sjuk syk  medvit bevissthet  moglegheit mulighet  eigarskap eierskap
  nærleik nærhet  tenkjing tenkning  tilhøyrsle tilhørighet  sakshandsaming saksbehandling
  vaksen voksen  vaksne voksne  innbyggjar innbygger  rådgjevar rådgiver  verkemiddel virkemiddel  meining mening
  skilnad forskjell  nærare nærmere  jamleg jevnlig  midlar midler  oppfølgjing oppfølging  tilsyn tilsyn
  avgjerdsmynde beslutningsmyndighet  mynde myndighet  løyve tillatelse  høve anledning  tilbakemelding tilbakemelding
  tenesteyting tjenesteyting  fagfolk fagfolk  arbeidsdag arbeidsdag  kvalitet kvalitet  spørsmål spørsmål
`;

function twins(list: string): [nn: string, nb: string][] {
  const words = list.trim().split(/\s+/);
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < words.length; i += 2) pairs.push([words[i] ?? '', words[i + 1] ?? '']);
  // Longest first, so "heilskapleg" is read before "heilskap".
  return pairs.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
}

const TWINS: readonly (readonly [nn: string, nb: string])[] = twins(PAIRS);

/** Endings a twin may carry: "born|a", "tilsett|e", "tenest|ene"; longer tails are other words. */
const MAX_ENDING = 4;

/** A twin is also looked for as a compound's head when it is this long ("brukar|medverknad", "arbeids|kvardag"). */
const MIN_HEAD_TWIN = 6;
/** …after a modifier of at least this many letters. */
const MIN_MODIFIER = 3;

/** A twin at the word's start, or as the head of a compound, with at most MAX_ENDING letters after it. */
function withTwin(word: string): string | undefined {
  for (const [nn, nb] of TWINS) {
    if (word.startsWith(nn) && word.length - nn.length <= MAX_ENDING) return nb + word.slice(nn.length);
  }
  for (const [nn, nb] of TWINS) {
    if (nn.length < MIN_HEAD_TWIN) continue;
    const at = word.indexOf(nn, MIN_MODIFIER);
    if (at > 0 && word.length - at - nn.length <= MAX_ENDING)
      return word.slice(0, at) + nb + word.slice(at + nn.length);
  }
  return undefined;
}

/** Nynorsk endings whose bokmål twin is regular and which the stemmer does not strip: -heit/-het ("openheit",
 *  "usikkerheit"). (-leg/-lig it strips itself: "fagleg" and "faglig" meet already; -leik has no one twin:
 *  "tryggleik" is "trygghet" but "storleik" is "størrelse", so those are pairs above.) */
const ENDINGS: readonly (readonly [nn: string, nb: string])[] = [
  ['heita', 'heten'],
  ['heit', 'het'],
];
/** An ending is read only on a word this long, so short words stay as they are. */
const MIN_ENDING_WORD = 7;

function withEnding(word: string): string | undefined {
  if (word.length < MIN_ENDING_WORD) return undefined;
  const ending = ENDINGS.find(([nn]) => word.endsWith(nn));
  return ending === undefined ? undefined : word.slice(0, word.length - ending[0].length) + ending[1];
}

/** Beyond this many distinct words the memo is cleared (as stem.ts does): a workshop uses a few thousand. */
const MEMO_LIMIT = 50_000;
/** Every word of every note is read here on each recompute, and a compound's head is looked for at every position. */
const memo = new Map<string, string>();

/** The bokmål twin of a lowercased nynorsk word (with the word's own ending kept), or the word itself. */
export function toBokmal(word: string): string {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const twin = withTwin(word) ?? withEnding(word) ?? word;
  memo.set(word, twin);
  return twin;
}
