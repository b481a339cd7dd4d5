// A scripted three-round kafédialog with fixed times, for the harvest report tests: notes at several tables in every
// round (one edited, one deleted, some starred), a participant's idea, host names and round summaries, a dot vote,
// the evaluation and a screen message. Times are Oslo wall-clock on the fixtures' day.
import type { Actor, StoredEvent, WorkshopEvent } from '@kafe/shared/events';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import type { WorkshopState } from '@kafe/shared/state';
import { oslo, templateOn, uuidOf } from '../../fixtures/workshop.js';

export const NOW = oslo('15:00');
export const DEFINITION = {
  ...templateOn(),
  title: 'Kafédialog Region øst',
  // Its own purpose: the template's example is never a workshop's (purpose.test.ts).
  purpose: 'Felles oppstart for langtidsplanarbeidet i Region øst, med tillitsreformen som tema.',
  place: 'Scandic Lerkendal, Trondheim',
};

const facilitator: Actor = { role: 'facilitator' };
const host = (table: number): Actor => ({ role: 'host', table });
const participant = (id: string): Actor => ({ role: 'participant', participantId: id });

/** Round n's notes: [table, text, starred?]. The texts of a theme share words, so computeThemes groups them. */
export const NOTES: Record<1 | 2 | 3, [number, string, boolean?][]> = {
  1: [
    [1, 'Tillit til de ansatte gir mer handlingsrom', true],
    [1, 'Mer handlingsrom i førstelinjen'],
    [2, 'Tillit betyr mindre rapportering og mer tid'],
    [2, 'Mindre rapportering, mer tid til barna', true],
    [3, 'Ledere må våge å gi slipp på kontroll'],
    [3, 'Kontroll og tillit må balanseres'],
  ],
  2: [
    [1, 'Samarbeid på tvers av etatene rundt familiene', true],
    [2, 'Familiene må møte én dør, ikke fem'],
    [3, 'Samarbeid med skole og barnevern tidlig'],
  ],
  3: [
    [1, 'Vi lytter allerede godt til brukerne'],
    [3, 'Vi kunne gitt ansatte mer tid til å lytte til brukerne', true],
  ],
};

/** Every event of the workshop, with seq and time. Notes get ids uuidOf(100 * round + i). */
export function scriptedEvents(): StoredEvent[] {
  const log: [number, Actor, WorkshopEvent][] = [
    [oslo('12:00'), { role: 'organiser' }, { type: 'workshop.created', definition: DEFINITION }],
    [oslo('12:40'), host(1), { type: 'host.named', table: 1, name: 'Kari' }],
    [oslo('12:41'), host(2), { type: 'host.named', table: 2, name: 'Ola' }],
    [oslo('12:42'), participant('p-aud'), { type: 'participant.joined', participantId: 'p-aud', name: '', table: 2 }],
    [
      oslo('12:43'),
      participant('p-bjo'),
      { type: 'participant.joined', participantId: 'p-bjo', name: 'Bjørn', table: 1 },
    ],
    [oslo('12:44'), participant('p-cec'), { type: 'participant.joined', participantId: 'p-cec', name: '', table: 3 }],
    [oslo('12:44', 30_000), { role: 'system' }, { type: 'attendance.peak', participants: 3 }],
    // Two minutes late.
    [oslo('12:47'), facilitator, { type: 'clock.started', planShiftMs: 0 }],
  ];
  const rounds: [1 | 2 | 3, string][] = [
    [1, '13:02'],
    [2, '13:30'],
    [3, '14:10'],
  ];
  for (const [round, start] of rounds) {
    const question = DEFINITION.agenda.filter((s) => s.kind === 'round')[round - 1]?.questionId ?? 'q1';
    NOTES[round].forEach(([table, text, starred], i) => {
      const noteId = uuidOf(100 * round + i);
      const at = oslo(start, i * 60_000);
      log.push([
        at,
        host(table),
        { type: 'note.added', noteId, table, questionId: question, round, text, source: 'host' },
      ]);
      if (starred) log.push([at + 5_000, host(table), { type: 'note.starred', noteId, starred: true }]);
    });
  }
  log.push(
    // A participant's idea at table 2 in round 1, and a note written, then deleted.
    [
      oslo('13:10'),
      participant('p-aud'),
      {
        type: 'note.added',
        noteId: uuidOf(900),
        table: 2,
        questionId: 'q1',
        round: 1,
        text: 'Spør barna selv hva som hjelper',
        source: 'participant',
      },
    ],
    [
      oslo('13:11'),
      host(3),
      {
        type: 'note.added',
        noteId: uuidOf(901),
        table: 3,
        questionId: 'q1',
        round: 1,
        text: 'feilskrevet',
        source: 'host',
      },
    ],
    [oslo('13:11', 20_000), host(3), { type: 'note.deleted', noteId: uuidOf(901) }],
    [
      oslo('13:12'),
      host(1),
      { type: 'note.edited', noteId: uuidOf(101), text: 'Mer handlingsrom i førstelinjen, særlig i barnevernet' },
    ],
    [
      oslo('13:23'),
      host(1),
      { type: 'summary.set', table: 1, round: 1, text: 'Tillit gir handlingsrom, men krever modige ledere.' },
    ],
    [
      oslo('13:24'),
      host(2),
      { type: 'summary.set', table: 2, round: 1, text: 'Mindre rapportering frigjør tid til barna.' },
    ],
    // A minute extra in round 2.
    [oslo('13:40'), facilitator, { type: 'clock.adjusted', deltaMs: 60_000 }],
    [
      oslo('13:49'),
      host(1),
      { type: 'summary.set', table: 1, round: 2, text: 'Samarbeid rundt familien må starte tidlig.' },
    ],
    [oslo('14:20'), facilitator, { type: 'message.shown', messageId: uuidOf(950), text: 'Ti minutter igjen' }],
    [oslo('14:21'), facilitator, { type: 'message.dismissed', messageId: uuidOf(950) }],
    [
      oslo('14:35'),
      facilitator,
      {
        type: 'vote.opened',
        questionId: 'q1',
        dots: 3,
        options: [
          { key: 'a', label: 'Handlingsrom' },
          { key: 'b', label: 'Mindre rapportering' },
          { key: 'c', label: 'Modige ledere' },
        ],
      },
    ],
    [
      oslo('14:36'),
      participant('p-aud'),
      { type: 'vote.cast', questionId: 'q1', participantId: 'p-aud', dots: { a: 2, b: 1 } },
    ],
    [
      oslo('14:36', 10_000),
      participant('p-bjo'),
      { type: 'vote.cast', questionId: 'q1', participantId: 'p-bjo', dots: { b: 3 } },
    ],
    [oslo('14:38'), facilitator, { type: 'vote.closed', questionId: 'q1' }],
    [oslo('14:38', 5_000), facilitator, { type: 'vote.revealed', questionId: 'q1', results: { a: 2, b: 4, c: 0 } }],
    [oslo('14:45'), facilitator, { type: 'evaluation.opened' }],
    [
      oslo('14:46'),
      participant('p-aud'),
      {
        type: 'evaluation.answered',
        participantId: 'p-aud',
        answers: { useful: 5, heard: 4, open: 'Mer tid til samtale' },
      },
    ],
    [
      oslo('14:47'),
      participant('p-bjo'),
      { type: 'evaluation.answered', participantId: 'p-bjo', answers: { useful: 4, heard: 3, open: 'Kaken!' } },
    ],
    [
      oslo('14:48'),
      participant('p-cec'),
      { type: 'evaluation.answered', participantId: 'p-cec', answers: { useful: 3 } },
    ],
    [oslo('14:50'), facilitator, { type: 'evaluation.closed' }],
    [oslo('14:55'), facilitator, { type: 'clock.jumped', segmentId: null }],
  );
  return log
    .map(([at, actor, event], i) => ({ at, actor, event, i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ at, actor, event }, i) => ({ seq: i + 1, at, actor, event }));
}

export function scriptedState(events = scriptedEvents()): WorkshopState {
  return applyAll(emptyState(), events);
}
