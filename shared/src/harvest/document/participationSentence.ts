// The first page's participation paragraph. The app counts phones, not people: in a room of 60 where 7 joined on a
// phone, «7 deltakarar» would be filed as the truth. So it names people only when the facilitator counted them in the
// room (the filing frame), and otherwise says plainly that the number is phones.
import type { HarvestReport } from '../types.js';
import type { ReportFormat } from './format.js';

/** Where the talk happened: «ved 8 bord i 3 samtalerundar». */
function tablesAndRounds(r: HarvestReport, f: ReportFormat): Record<string, string> {
  const p = r.participation;
  return {
    tables: f.number(p.hostedTables),
    rounds: p.rounds.length === 1 ? f.t('harvest.front.roundOne') : f.t('harvest.front.rounds', { n: p.rounds.length }),
  };
}

/** People and phones: «60 deltakarar sat ved 8 bord i 3 samtalerundar. 7 av dei var med på mobil.» */
function peopleSentences(r: HarvestReport, f: ReportFormat): string[] {
  const phones = r.participation.participantsJoined;
  const where = tablesAndRounds(r, f);
  const room = r.filing.peopleInRoom;
  if (room !== null) {
    return [
      f.t(room === 1 ? 'harvest.front.roomOne' : 'harvest.front.room', { people: f.number(room), ...where }),
      ...(phones > 0 ? [f.t('harvest.front.phonesOfThem', { n: f.number(phones) })] : []),
    ];
  }
  return [
    f.t('harvest.front.tablesOnly', where),
    ...(phones > 0
      ? [f.t(phones === 1 ? 'harvest.front.phonesOne' : 'harvest.front.phones', { n: f.number(phones) })]
      : []),
  ];
}

/**
 * Who took part, in a few sentences: people and phones, tables, rounds, notes and ideas, how many were starred and the
 * evaluation's response.
 */
export function participationSentence(r: HarvestReport, f: ReportFormat): string {
  const p = r.participation;
  const e = r.evaluation;
  return [
    ...peopleSentences(r, f),
    f.t(p.ideas > 0 ? 'harvest.front.notesAndIdeas' : 'harvest.front.notes', {
      notes: f.number(p.notes),
      ideas: p.ideas === 1 ? f.t('harvest.front.oneIdea') : f.t('harvest.front.ideas', { n: f.number(p.ideas) }),
    }),
    // A sentence of its own, of notes and ideas together: tacked on after the ideas («…9 ideer fra mobilen; 12 av dem
    // ble stjernemerket») it read as 12 of the 9 ideas. None starred is no finding, so it says nothing then.
    // With ideas it says «notes and ideas together», so the count is not read as of the notes alone.
    ...(p.starred === 1
      ? [f.t(p.ideas > 0 ? 'harvest.front.starredOne' : 'harvest.front.starredNotesOne')]
      : p.starred > 1
        ? [f.t(p.ideas > 0 ? 'harvest.front.starred' : 'harvest.front.starredNotes', { n: f.number(p.starred) })]
        : []),
    // Only phones could answer: the share is of them, and the sentence says so.
    ...(e.items.length > 0 && e.respondents > 0
      ? [
          f.t('harvest.front.evaluation', {
            n: f.number(e.respondents),
            of: f.number(Math.max(e.joined, e.respondents)),
          }),
        ]
      : []),
  ].join(' ');
}
