import type { WorkshopDefinition } from './agenda.js';

/**
 * The default workshop: the kafédialog of Region øst's kick-off (13.2.2023), word for word where the seed has words.
 * 12:45 intro, 13:00 first question, 13:25 rotation and second question, 13:50 break (with cake),
 * 14:05 rotation and third question, 14:30 plenary summary. Ten tables, free seating, one host per table.
 */
export const KAFEDIALOG_TEMPLATE: Omit<WorkshopDefinition, 'date'> = {
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
    { id: 'rotation-1', kind: 'rotation', title: 'Veksling', start: '13:25', durationMin: 3 },
    { id: 'round-2', kind: 'round', title: 'Andre spørsmål', start: '13:28', durationMin: 22, questionId: 'q2' },
    { id: 'break', kind: 'break', title: 'Pause (med kake)', start: '13:50', durationMin: 15 },
    { id: 'rotation-2', kind: 'rotation', title: 'Veksling', start: '14:05', durationMin: 3 },
    { id: 'round-3', kind: 'round', title: 'Tredje spørsmål', start: '14:08', durationMin: 22, questionId: 'q3' },
    { id: 'plenary', kind: 'plenary', title: 'Oppsummering i plenum', start: '14:30', durationMin: 30, hold: true },
  ],
  hostGuidance: [
    'Formålet med gruppedialogene er ikke å produsere konkret innhold eller å bli enige. Vi prøver å følge energien i samtalen, skape rom for å utforske og takhøyde for ulike synspunkter.',
    '(Diskret) oppmuntre gruppen til å lytte til hverandre og bygge på hverandres innspill.',
    'Gi hver nye gruppe en kort/overordnet oppsummering etter vekslinger – slik at de får så mye tid som mulig til dialog i gruppen.',
  ],
  settings: {
    clockMode: 'fixed',
    ideas: 'open',
    mixing: false,
    dotsPerParticipant: 3,
    chime: true,
    evaluation: [
      { id: 'useful', kind: 'scale', text: 'Hvor nyttig var kafédialogen for deg?' },
      { id: 'heard', kind: 'scale', text: 'I hvilken grad opplevde du å bli hørt ved bordet?' },
      { id: 'open', kind: 'text', text: 'Hva tar du med deg videre?' },
    ],
  },
};
