// What ten tables write in a scripted workshop: a few plausible notes per table and question, so the projector's
// wall, the themes and the report look like a real room's. Table t writes NOTES[q][(t + i) % n] for i < perTable(t).
export const NOTES: Record<'q1' | 'q2' | 'q3', string[]> = {
  q1: [
    'Mindre rapportering gir mer tid til barna',
    'Rapporteringskrav stjeler tid fra barn og familier',
    'Tillitsbasert ledelse gir ansatte mer ansvar',
    'Ledere må vise tillit til ansatte',
    'Førstelinjen kjenner brukerne best',
    'Handlingsrom for kommunene er viktig',
    'Tillit må bygges nedenfra',
    'Fagforeningene må involveres tidlig',
    'Utprøving som metode gir rom for læring',
    'Vi trenger færre og bedre indikatorer',
    'Tillit og kontroll må balanseres',
    'Faglig skjønn må få større plass',
  ],
  q2: [
    'Mer tid til samtaler med familiene',
    'Samarbeid mellom barnevern, skole og helse',
    'Færre skjemaer og mer tid til barna',
    'La de ansatte prøve ut nye løsninger',
    'Bedre koordinerte tjenester for utsatte barn',
    'Lytte mer til barn og unge selv',
    'Tverrfaglige team rundt familien',
    'Mindre detaljstyring fra direktoratet',
    'Kunnskapsbaserte verktøy gir trygghet i skjønnet',
    'Brukerorganisasjonene må med fra start',
    'Mer tid i førstelinjen, mindre i møter',
  ],
  q3: [
    'Vi lytter allerede til tillitsvalgte',
    'Gode erfaringer med piloter i barnevernet',
    'Vi kunne delt mer kunnskap på tvers av regionene',
    'For mange rapporter går til flere mottakere',
    'Medbestemmelse fungerer godt hos oss',
    'Vi kan slutte å måle det ingen bruker',
    'Samarbeidet med kommunene kan bli tettere',
    'Vi gir ansatte rom for faglig skjønn',
    'Vi kunne spurt brukerne oftere',
    'Årshjulet kan forenkles',
  ],
};

/** How many notes a table writes in a round: 2 to 5, so the tables differ as real ones do. */
export const perTable = (table: number): number => 2 + (table % 4);

export const SUMMARIES = [
  'Gruppen var enig om at mindre rapportering gir mer tid til barna, men at tillit må bygges over tid.',
  'Mye snakk om ledelse: ledere må gi handlingsrom og tåle at ting blir gjort ulikt.',
  'Samarbeid på tvers av tjenestene var det som gikk igjen.',
];

export const MESSAGE = 'Kaffe og kake står i kantina';
