import type { Language, WorkshopDefinition } from './agenda.js';

type Template = Omit<WorkshopDefinition, 'date'>;

/**
 * The default workshop: the kafédialog of Region øst's kick-off (13.2.2023), word for word where the seed has words,
 * except the seed's "Veksling", which is "Bordbytte" here as everywhere in the app (one term per concept).
 * 12:45 intro, 13:00 first question, 13:25 rotation and second question, 13:50 break (with cake),
 * 14:05 rotation and third question, 14:30 plenary summary. Ten tables, free seating, one host per table.
 */
export const KAFEDIALOG_TEMPLATE: Template = {
  title: 'Kafédialog',
  purpose:
    'Møtes på tvers av langtidsplangruppene og felles oppstart for langtidsplanarbeidet. Påfyll og inspirasjon: faglig påfyll om tillitsreformen, «tenketank» fremfor produksjon.',
  place: '',
  language: 'nb',
  timeZone: 'Europe/Oslo',
  tables: 10,
  questions: [
    { id: 'q1', text: 'Hva har du hørt i dag (om Tillitsreformen) som gir mening for deg?' },
    { id: 'q2', text: 'Hva i Tillitsreformen kan hjelpe oss å jobbe mot bedre liv for barn, unge og familier?' },
    {
      id: 'q3',
      text: 'Hva er det vi gjør i dag som samsvarer godt med intensjonene i Tillitsreformen? Hva kunne vi gjort annerledes?',
    },
  ],
  agenda: [
    { id: 'intro', kind: 'intro', title: 'Intro kafédialog', start: '12:45', durationMin: 15 },
    { id: 'round-1', kind: 'round', title: 'Første spørsmål', start: '13:00', durationMin: 25, questionId: 'q1' },
    { id: 'rotation-1', kind: 'rotation', title: 'Bordbytte', start: '13:25', durationMin: 3 },
    { id: 'round-2', kind: 'round', title: 'Andre spørsmål', start: '13:28', durationMin: 22, questionId: 'q2' },
    { id: 'break', kind: 'break', title: 'Pause (med kake)', start: '13:50', durationMin: 15 },
    { id: 'rotation-2', kind: 'rotation', title: 'Bordbytte', start: '14:05', durationMin: 3 },
    { id: 'round-3', kind: 'round', title: 'Tredje spørsmål', start: '14:08', durationMin: 22, questionId: 'q3' },
    { id: 'plenary', kind: 'plenary', title: 'Oppsummering i plenum', start: '14:30', durationMin: 30, hold: true },
  ],
  hostGuidance: [
    'Formålet med gruppedialogene er ikke å produsere konkret innhold eller å bli enige. Vi prøver å følge energien i samtalen, skape rom for å utforske og takhøyde for ulike synspunkter.',
    '(Diskret) oppmuntre gruppen til å lytte til hverandre og bygge på hverandres innspill.',
    'Gi hver nye gruppe en kort/overordnet oppsummering etter hvert bordbytte – slik at de får så mye tid som mulig til dialog i gruppen.',
  ],
  settings: {
    clockMode: 'fixed',
    ideas: 'open',
    mixing: false,
    dotsPerParticipant: 3,
    chime: true,
    evaluation: [
      { id: 'useful', kind: 'scale', text: 'Hvor nyttig var kafédialogen for deg?', indicator: 'Nytte' },
      {
        id: 'heard',
        kind: 'scale',
        text: 'I hvilken grad opplevde du å bli hørt ved bordet?',
        indicator: 'Hørt ved bordet',
      },
      { id: 'open', kind: 'text', text: 'Hva tar du med deg videre?' },
    ],
  },
};

/** The same workshop in nynorsk: every text the organiser has not written, in the workshop's målform. */
const NYNORSK: Template = {
  ...KAFEDIALOG_TEMPLATE,
  language: 'nn',
  purpose:
    'Møtast på tvers av langtidsplangruppene og felles oppstart for langtidsplanarbeidet. Påfyll og inspirasjon: fagleg påfyll om tillitsreforma, «tenkjetank» framfor produksjon.',
  questions: [
    { id: 'q1', text: 'Kva har du høyrt i dag (om Tillitsreforma) som gir meining for deg?' },
    { id: 'q2', text: 'Kva i Tillitsreforma kan hjelpe oss å jobbe mot betre liv for barn, unge og familiar?' },
    {
      id: 'q3',
      text: 'Kva er det vi gjer i dag som samsvarer godt med intensjonane i Tillitsreforma? Kva kunne vi gjort annleis?',
    },
  ],
  // Segment titles read the same in both målformer, except the change of tables.
  agenda: KAFEDIALOG_TEMPLATE.agenda.map((s) => (s.kind === 'rotation' ? { ...s, title: 'Bordbyte' } : s)),
  hostGuidance: [
    'Formålet med gruppedialogane er ikkje å produsere konkret innhald eller å bli samde. Vi prøver å følgje energien i samtalen, skape rom for å utforske og takhøgd for ulike synspunkt.',
    '(Diskret) oppmuntre gruppa til å lytte til kvarandre og byggje på innspela til kvarandre.',
    'Gi kvar ny gruppe ei kort/overordna oppsummering etter kvart bordbyte – slik at dei får så mykje tid som mogleg til dialog i gruppa.',
  ],
  settings: {
    ...KAFEDIALOG_TEMPLATE.settings,
    evaluation: [
      { id: 'useful', kind: 'scale', text: 'Kor nyttig var kafédialogen for deg?', indicator: 'Nytte' },
      {
        id: 'heard',
        kind: 'scale',
        text: 'I kva grad opplevde du å bli høyrd ved bordet?',
        indicator: 'Høyrd ved bordet',
      },
      { id: 'open', kind: 'text', text: 'Kva tek du med deg vidare?' },
    ],
  },
};

const ENGLISH_TITLES: Record<string, string> = {
  intro: 'Introduction to the café dialogue',
  'round-1': 'First question',
  'rotation-1': 'Change tables',
  'round-2': 'Second question',
  break: 'Break (with cake)',
  'rotation-2': 'Change tables',
  'round-3': 'Third question',
  plenary: 'Plenary summary',
};

const ENGLISH: Template = {
  ...KAFEDIALOG_TEMPLATE,
  title: 'Café dialogue',
  language: 'en',
  purpose:
    'Meet across the long-term planning groups and start this year’s long-term planning together. New input and inspiration: expert input on the trust reform, a “think tank” rather than production.',
  questions: [
    { id: 'q1', text: 'What have you heard today (about the trust reform) that makes sense to you?' },
    {
      id: 'q2',
      text: 'What in the trust reform can help us work towards better lives for children, young people and families?',
    },
    {
      id: 'q3',
      text: 'What do we do today that fits the intentions of the trust reform well? What could we do differently?',
    },
  ],
  agenda: KAFEDIALOG_TEMPLATE.agenda.map((s) => ({ ...s, title: ENGLISH_TITLES[s.id] ?? s.title })),
  hostGuidance: [
    'The purpose of the group dialogues is not to produce concrete content or to agree. We try to follow the energy of the conversation, make room to explore and welcome different views.',
    '(Discreetly) encourage the group to listen to each other and build on each other’s ideas.',
    'Give each new group a short, high-level summary after each change of tables, so they have as much time as possible for dialogue.',
  ],
  settings: {
    ...KAFEDIALOG_TEMPLATE.settings,
    evaluation: [
      { id: 'useful', kind: 'scale', text: 'How useful was the café dialogue for you?', indicator: 'Usefulness' },
      {
        id: 'heard',
        kind: 'scale',
        text: 'How far did you feel heard at your table?',
        indicator: 'Heard at the table',
      },
      { id: 'open', kind: 'text', text: 'What will you take with you?' },
    ],
  },
};

/** The default template in each language: a workshop created in nynorsk gets nynorsk texts from the start. */
export const KAFEDIALOG_TEMPLATES: Record<Language, Template> = { nb: KAFEDIALOG_TEMPLATE, nn: NYNORSK, en: ENGLISH };

/**
 * The default questions in `language` when `questions` are the default ones in any language (the organiser left them
 * as they were), else `questions` as written: switching a new workshop to nynorsk switches its untouched questions.
 */
export function templateQuestionsIn(questions: readonly string[], language: Language): string[] {
  const untouched = Object.values(KAFEDIALOG_TEMPLATES).some(
    (t) => t.questions.length === questions.length && t.questions.every((q, i) => q.text === questions[i]?.trim()),
  );
  return untouched ? KAFEDIALOG_TEMPLATES[language].questions.map((q) => q.text) : [...questions];
}
