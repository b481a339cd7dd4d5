// Words that mean the same thing in a café dialogue about public services, bokmål and nynorsk: a hand-made thesaurus.
//
// Lexical grouping cannot see that "Bryte ned siloer" and "Samarbeid på tvers" are one theme, or "skjema" and
// "rapportering". A list of concepts, each a set of word starts, closes the worst of those gaps: a note gets the
// concept as one more term next to its words. Entries are word *starts* (so inflections and compounds match:
// "rapporteringskrav", "brukarmedverknad"), and a compound whose *head* is an entry gets that entry's concept too
// ("foreldresamarbeid", "ungdomsmedvirkning").
//
// The groups are the broad synonym sets a Norwegian speaker would list up front for public services (paperwork,
// steering, working across, being heard, leadership, competence, discretion, time, tools, money ...), written from the
// language and the workshop's subject, not from any set of notes: an earlier, shorter list fitted to the labelled notes
// scored far better on them than on notes it had not seen. A word belongs to one concept only (the longest entry that
// matches, from the word's start before inside it).
//
// Deliberately absent: the people (users, children, families, staff). Nearly every note in a question about "better
// lives for children" names them, so as a concept they join notes across every theme (measured: worse on all sets).
// "møte" is absent too: "i møte med barna" (meeting the child) is not "for mange møter" (meetings).

const CONCEPTS: Readonly<Record<string, string>> = {
  // Paperwork and what is counted.
  reporting: `
    rapport dokumentasjon dokumenter skjema byråkrat papirarbeid papirmølle registrer måltall indikator statistikk
    journalfør kontrollrutin skrivearbeid tall måling administrativ administrasjon papir søknad regneark
    dokument tertial avvik resultatkrav telling teljing kpi målekultur
    byråkrati skriving skrive skriv doku telle sjekkliste timeregistr dobbeltregistr dobbeltarbeid admin
  `,
  // Steering from above: control, rules and detailed management.
  steering: `
    kontroll styring detaljstyr mikrostyr regelstyr rammestyr målstyr resultatstyr tilsyn revisjon regelverk
    retningslin prosedyre standardiser overvåk pålegg direktiv rundskriv hierarki ovenfra normering norm
    tildelingsbrev oppdragsbrev instruks lovverk regel regler sentraliser toppstyr
    styrt rutine rutinar rutiner godkjenn firkant rigid stivbeint micromanag sjablong oppskrift slavisk
  `,
  cooperation: `
    samarbei samarbied samhandl samordn tverrfag tverrsektor tverretat tvers silo koordiner helhetlig heilskap
    heilhet helhet sømløs tverr samspel samspill nettverk etat partnerskap
    koordinator ansvarsgruppe bti samlokaliser
  `,
  // The people served having a say.
  voice: `
    medvirk medverk lytt stemme høre hørt høyre høyrt spørre spørje brukerråd brukarråd ungdomsråd brukerundersøk
    brukarundersøk brukerrepresent brukarrepresent brukerorganisasj brukarorganisasj erfaringskonsulent tilbakemeld
    perspektiv høyring høring familieråd lyttende lyttande
    spør spurt spurte spurde samskap
  `,
  early: 'tidlig tidleg forebygg førebygg brannslukk brannsløkk avdekk lavterskel akutt krise krisa',
  leadership: `
    leder ledel leiar leiing lederskap sjef mellomleder mellomleiar toppleder toppleiar delegere delegering lede
    ledar styrer rektor direktør nærled nærleiar
    mandat fullmakt leadership
  `,
  learning: `
    kompetanse læring lære erfaring deling dele opplæring veiledning rettleiing refleksjon reflekter fagutvikl kurs
    etterutdann vidareutdann videreutdann kunnskap hospiter fagdag fagmiljø seminar mentor påfyll spesialis utdann
    lærand lærende forbedring forbetring
      fagmøte kollegial veiled rettleia rettleiar coaching
  `,
  discretion: `
    skjønn handlingsrom fleksib frihet fridom autonomi handlefri selvstend sjølvstend myndiggj profesjonsutøv vurder
    tilpass ansvar individuel selvstyr sjølvstyr førstelinj unntak
  `,
  trust: 'tillit stole tiltro tiltru mistillit mistenk respekt trust',
  time: 'tid tidsbruk tidstyv frigjøre frigjere kapasitet tidkrev tidssluk',
  // Work environment and strain.
  workload: `
    arbeidspress tidspress belastning travelhet stress utbrent arbeidsmengd arbeidsmiljø trivsel sykefravær
    sjukefråvær slitasje
  `,
  // Staff taking part in decisions about their own work.
  involvement:
    'involv medarbeiderdriv eierskap eigarskap påvirk påverk nedenfra forankr delta arbeidsgruppe prosjektgruppe referansegruppe medarbeidersamtal',
  unions: `
    tillitsvalgt tillitsvald fagforen fagorganis partssamarb trepart verneombud vernombod medbestemm hovedavtal
    hovudavtal drøft forhandl arbeidsgiv arbeidsgjev fagforbund verneombod fagforei
    arbeidsmiljøutval parten partene partane partsamarb medråd
  `,
  trial:
    'pilot prøve utprøv forsøk eksperiment feile innovasjon nytenk testing teste testa prøvd sandkass sandbox prototyp utforsk',
  // How people think and work together: culture and change take time.
  // Equal treatment, the other side of discretion.
  equality: 'likhet likskap likebehandl rettferd ulikhet forskjellsbehandl',
  // Doubt about the reform itself: nothing new, only words, no money.
  scepticism: `
    skeptisk skepsis skeptiker tvil tvile tvilsom kynisk reformtrøtt reformtrøytt festtale honnørord buzzword floskel
    slagord innpakning retorikk skuffa skuffet
  `,
  // Deadlines that steer the work: not time with people ("tid").
  deadlines: 'frist tidsfrist fristbrudd fristbrot saksbehandlingstid',
  // The same adults over time.
  continuity: 'kontinuitet stabil stabilitet gjennomtrekk utskift turnover vikarbruk behold',
  // Who decides, and how far from the work: decision lines and authority.
  decisions: 'beslutning avgjørelse avgjør avgjerd beslutningsvei beslutningsmynd avgjørelsesmynd avgjerdsmynd',
  // Clearing out what is not needed.
  simplify: 'forenkl rydd kutt fjern slank unødvendig unødig overflødig',
  // What makes the work worth doing.
  motivation:
    'motivasjon motiver arbeidsglede engasjement engasjer stolthet meningsfull entusiasme inspirasjon inspirer',
  // The child's rights.
  rights: 'rettighet rettigheit rettssikker barnekonvensjon barnerett',
  // What a family's life rests on outside the services.
  living: 'fattigdom lavinntekt bolig fritid levekår inkludering utenforskap utanforskap',
  // Where a child lives when it cannot live at home.
  placement: 'fosterhjem fosterheim fosterforeld institusjon beredskapshjem beredskapsheim omsorgsovertak plassering',
  // Plans and priorities.
  planning: 'planarbeid langtidsplan strategi handlingsplan virksomhetsplan verksemdsplan årshjul målbilde prioriter',
  // Telling and being told.
  communication: 'kommunikasjon informasjon informer åpenhet openheit transparens intranett',
  // Services shaped by what the people served need.
  needs: 'behov sentrum brukervenn brukarvenn brukerorient brukarorient skreddersy skreddersøm',
  // Care in person: being there, following up, talking with the child or family.
  relation:
    'relasjon nærvær nærver tilstede tilstades stede stades oppfølging oppfølgjing samtal kontaktperson hjemmebesøk heimebesøk ansikt',
  // The other services a case involves: naming them is talking about working across.
  services:
    'skole skule barnehage helsestasjon helsesøster helsesykepleier fastlege politi psykiatri psykisk nav bup ppt',
  digital: `
    digital fagsystem system verktøy teknolog programvare datasystem automatiser app innlogg elektronisk robot
    kunstig passord skjerm ikt datamaskin nettbrett mobil
  `,
  money: 'økonomi budsjett ressurs peng finansier bemanning innsparing kostnad midler midlar tilskudd tilskot øremerk',
};

/** Whole words that start like a concept word but are not it ("tidligere" is early, "tiden" is time; these are not). */
const NOT_CONCEPT: ReadonlySet<string> = new Set([
  'systematisk',
  'systematiske',
  'delen',
  'delvis',
  'stemmer',
  'stemte',
  'normal',
  'normalt',
  'regelmessig',
  'regelmessige',
]);

const ENTRIES: readonly (readonly [prefix: string, concept: string])[] = Object.entries(CONCEPTS)
  .flatMap(([concept, prefixes]) =>
    prefixes
      .split(/\s+/)
      .filter((p) => p.length > 0)
      .map((p) => [p, concept] as const),
  )
  // Longest first, so "tillitsvalgt" (unions) wins over "tillit" (trust).
  .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));

/** A compound head must be at least this long to be looked for inside a word ("ungdoms|medvirkning"). */
const MIN_HEAD = 5;
/** …and start this far in, so the modifier is a word of its own, not a prefix like "be-" in "bestemme". */
const MIN_MODIFIER = 4;

/** Concept terms live in the word view beside stems; this prefix keeps them from ever being shown as a word. */
export const CONCEPT_MARK = '~';

function matchesAt(word: string, prefix: string, from: number): boolean {
  if (!word.startsWith(prefix, from)) return false;
  // Short prefixes match a word and its endings only, not every word that happens to start with them.
  return !(prefix.length <= 4 && word.length - from > prefix.length + 3);
}

/** Entries by their first three letters, each list in ENTRIES order (longest first): a word is checked against the few
 *  entries that can start at a position, not all of them (2 000 notes have ~10 000 words). */
const BY_START = new Map<string, { prefix: string; concept: string; rank: number }[]>();
ENTRIES.forEach(([prefix, concept], rank) => {
  const key = prefix.slice(0, 3);
  const list = BY_START.get(key);
  if (list) list.push({ prefix, concept, rank });
  else BY_START.set(key, [{ prefix, concept, rank }]);
});

function lookUp(word: string): string | undefined {
  if (NOT_CONCEPT.has(word)) return undefined;
  for (const entry of BY_START.get(word.slice(0, 3)) ?? []) if (matchesAt(word, entry.prefix, 0)) return entry.concept;
  // A compound: its head decides ("foreldresamarbeid" is cooperation), the longest head first.
  let best: { concept: string; rank: number } | undefined;
  for (let from = MIN_MODIFIER; from + MIN_HEAD <= word.length; from++) {
    for (const entry of BY_START.get(word.slice(from, from + 3)) ?? []) {
      if (entry.prefix.length < MIN_HEAD || (best !== undefined && entry.rank >= best.rank)) continue;
      if (matchesAt(word, entry.prefix, from)) best = entry;
    }
  }
  return best?.concept;
}

/** Beyond this many distinct words the memo is cleared (as stem.ts does): a workshop uses a few thousand. */
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string | null>();

/** The concept a lowercased word belongs to, if any. "tid" matches only as the whole word or its inflections. */
export function conceptOf(word: string): string | undefined {
  const hit = memo.get(word);
  if (hit !== undefined) return hit ?? undefined;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const concept = lookUp(word);
  memo.set(word, concept ?? null);
  return concept;
}

/** Starts of words for the people a service is for, and for the people who work in it (bokmål: nynorsk is read as
 *  its bokmål twin first). Short starts match a word and its endings only; the services are not their users. */
const SERVED = 'bruker brukar innbygg borger pasient klient familie foreldre foresatt barn'.split(' ');
const SERVED_SHORT = 'unge ungdom elev'.split(' ');
const NOT_SERVED = ['barnevern', 'barnehage'];
const STAFF = 'ansatt medarbeider fagfolk fagperson kollega arbeidstak saksbehandl tilsett'.split(' ');

const isServed = (w: string): boolean =>
  !NOT_SERVED.some((p) => w.startsWith(p)) &&
  (SERVED.some((p) => w.startsWith(p)) || SERVED_SHORT.some((p) => w.startsWith(p) && w.length <= p.length + 4));

/**
 * Taking part is one thing for the people served ("lytte til barna", "involvere brukerne": their voice) and another
 * for staff ("involvere de ansatte", "de ansattes stemme": involvement). A note's participation concept follows whose
 * participation it names, when it names one side only; "involvere" alone keeps its own concept.
 */
export function participationOf(words: readonly string[]): 'voice' | 'involvement' | undefined {
  const served = words.some(isServed);
  const staff = words.some((w) => STAFF.some((p) => w.startsWith(p)));
  if (served === staff) return undefined;
  return served ? 'voice' : 'involvement';
}
