// Every question is on the report's first page and its own page, themes or not: with themes its main points; without,
// up to three starred notes, else the hosts' summaries, else the first notes; with nothing, "Ingen innspel er registrerte."
// (A nynorsk review found question 2, with two notes, and question 3, with none, missing from page 1.)
import { describe, expect, it } from 'vitest';
import type { Actor, StoredEvent, WorkshopEvent } from '@kafe/shared/events';
import { buildHarvestReport } from '@kafe/shared/harvest/index';
import { harvestDocument } from '@kafe/shared/harvest/document/layout';
import { questionRoundsOver } from '@kafe/shared/plenary/questionDone';
import { GIST_NOTES, questionGist } from '@kafe/shared/plenary/questionGist';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import { definitionFromInput } from '@kafe/shared/workshopInput';
import { renderMarkdown } from '../../../server/src/export/markdown.js';
import { must } from '../../fixtures/must.js';
import { oslo, uuidOf } from '../../fixtures/workshop.js';

const made = definitionFromInput(
  { title: 'Kafédialog om tenestetilbodet i Vestby kommune', language: 'nn', date: '2026-03-10' },
  '2026-03-10',
);
if (!made.ok) throw new Error(made.problems.join('; '));
const DEF = made.definition;
const Q = DEF.questions.map((q) => q.text);

const Q1_NOTES = [
  'Tillitsbasert ledelse gir rom for skjønn i førstelinja',
  'Færre skjema, meir tid med ungdommane',
  'Meir tid med familiane i staden for skjema',
  'Vi treng felles verktøy, ikkje fleire rapportar',
  'Færre skjema og meir tid til familiane',
  'Skrive utan nett: tillit må byggjast nedanfrå',
  'Tillit må byggjast nedanfrå i førstelinja',
];

type Extra = [number, Actor, WorkshopEvent];

/** Round 1 (q1) with notes that make themes, round 2 (q2) with `q2` notes, round 3 (q3) with none; then `extra`. */
function markdown(q2: [string, boolean?][], ...extra: Extra[]): string {
  const host: Actor = { role: 'host', table: 1 };
  const entries: Extra[] = [
    [oslo('12:00'), { role: 'organiser' }, { type: 'workshop.created', definition: DEF }],
    [oslo('12:45'), { role: 'facilitator' }, { type: 'clock.started', planShiftMs: 0 }],
  ];
  const add = (round: number, questionId: string, i: number, text: string, table: number, starred = false): void => {
    const noteId = uuidOf(100 * round + i);
    const at = oslo(round === 1 ? '13:05' : '13:35', i * 60_000);
    entries.push([
      at,
      { role: 'host', table },
      { type: 'note.added', noteId, table, questionId, round, text, source: 'host' },
    ]);
    if (starred) entries.push([at + 1000, host, { type: 'note.starred', noteId, starred: true }]);
  };
  Q1_NOTES.forEach((text, i) => add(1, 'q1', i, text, 1 + (i % 3)));
  q2.forEach(([text, starred], i) => add(2, 'q2', i, text, 1, starred));
  entries.push(...extra);
  const log: StoredEvent[] = entries.map(([at, actor, event], i) => ({ seq: i + 1, at, actor, event }));
  const report = buildHarvestReport(applyAll(emptyState(), log), log, { now: oslo('15:00') });
  return renderMarkdown(harvestDocument(report));
}

const page1 = (md: string): string => must(md.split('\n## Metode')[0]);
const questionPage = (md: string, n: number): string =>
  must(must(md.split(`\n## Spørsmål ${n}:`)[1]).split('\n## ')[0]);

describe('every question on the first page and its own page', () => {
  const md = markdown([['Foreldre må møtast med tillit, ikkje mistanke'], ['For mange overgangar mellom tenester']]);

  it('lists a question without themes by its first notes, and one with nothing as "Ingen innspel er registrerte."', () => {
    const front = page1(md);
    expect(front).toContain(`#### Spørsmål 1: ${Q[0]}`);
    expect(front).toContain(
      `#### Spørsmål 2: ${Q[1]}\n\nInnspel:\n\n- Foreldre må møtast med tillit, ikkje mistanke — _Bord 1_\n- For mange overgangar mellom tenester — _Bord 1_`,
    );
    expect(front).toContain(`#### Spørsmål 3: ${Q[2]}\n\n_Ingen innspel er registrerte._`);
  });

  it('gives each question page its Hovudpunkt, themes or not', () => {
    expect(questionPage(md, 2)).toContain('### Hovudpunkt\n\nInnspel:\n\n- Foreldre må møtast');
    expect(questionPage(md, 3)).toContain('### Hovudpunkt\n\n_Ingen innspel er registrerte._');
  });

  it('prefers up to three starred notes, then the hosts summaries, over the first notes', () => {
    const starred = page1(
      markdown([['Foreldre må møtast med tillit, ikkje mistanke'], ['For mange overgangar mellom tenester', true]]),
    );
    expect(starred).toContain('Stjernemerkte innspel:\n\n- For mange overgangar mellom tenester — _Bord 1_\n\n####');
    expect(starred).not.toContain('Foreldre må møtast');
    const summed = page1(
      markdown(
        [['Første innspel']],
        [
          oslo('13:50'),
          { role: 'host', table: 1 },
          { type: 'summary.set', table: 1, round: 2, text: 'Gruppa vil ha færre overgangar.' },
        ],
      ),
    );
    expect(summed).toContain('Oppsummeringane til bordvertane:\n\n- Gruppa vil ha færre overgangar. — _Bord 1_');
  });
});

describe('a note hidden from the projector is never quoted as a main point', () => {
  // The facilitator hid it (said in confidence, or off the mark): the room never saw it, so its report must not quote it.
  const hide = (i: number): Extra => [
    oslo('13:55'),
    { role: 'facilitator' },
    { type: 'note.hidden', noteId: uuidOf(200 + i), hidden: true },
  ];

  it('leaves a hidden note out of the first notes that stand in for themes', () => {
    const md = markdown([['Foreldre må møtast med tillit'], ['Eit innspel som vart skjult']], hide(1));
    expect(page1(md)).toContain(
      `#### Spørsmål 2: ${Q[1]}\n\nInnspel:\n\n- Foreldre må møtast med tillit — _Bord 1_\n\n####`,
    );
    expect(questionPage(md, 2)).toContain(
      '### Hovudpunkt\n\nInnspel:\n\n- Foreldre må møtast med tillit — _Bord 1_\n\n###',
    );
  });

  it('does not let a hidden starred note stand in for the themes', () => {
    const md = markdown(
      [['Foreldre må møtast med tillit'], ['Eit stjernemerkt innspel som vart skjult', true]],
      hide(1),
    );
    expect(page1(md)).toContain(
      `#### Spørsmål 2: ${Q[1]}\n\nInnspel:\n\n- Foreldre må møtast med tillit — _Bord 1_\n\n####`,
    );
  });

  it("leaves a hidden starred note out of the question page's starred insights", () => {
    const md = markdown([['Eit stjernemerkt innspel som vart skjult', true]], hide(0));
    expect(questionPage(md, 2)).toContain('### Stjernemerkte innsikter\n\n_Ingen innspel vart stjernemerkte._');
    expect(questionPage(md, 2)).not.toContain('Eit stjernemerkt innspel som vart skjult');
  });

  it('says "Ingen innspel er registrerte." on page 1 when the only note was hidden', () => {
    const md = markdown([['Eit innspel som vart skjult']], hide(0));
    expect(page1(md)).toContain(`#### Spørsmål 2: ${Q[1]}\n\n_Ingen innspel er registrerte._`);
  });
});

describe('questionGist', () => {
  it('is the main points when there are any, and never more than three notes otherwise', () => {
    const note = (text: string, starred = false) => ({ text, table: 2, starred });
    expect(questionGist(['p'], [note('a', true)], [])).toEqual({ kind: 'points', points: ['p'] });
    const five = ['a', 'b', 'c', 'd', 'e'].map((x) => note(x));
    expect(questionGist([], five, [])).toEqual({
      kind: 'notes',
      source: 'notes',
      items: five.slice(0, GIST_NOTES).map(({ text, table }) => ({ text, table })),
    });
    const starred = five.map((n) => ({ ...n, starred: n.text !== 'a' }));
    expect(questionGist([], starred, [{ text: 's', table: 4 }])).toMatchObject({
      source: 'starred',
      items: [{ text: 'b' }, { text: 'c' }, { text: 'd' }],
    });
    expect(questionGist([], five, [{ text: 's', table: 4 }])).toMatchObject({ source: 'summaries' });
    expect(questionGist([], [], [{ text: 's', table: 4 }])).toMatchObject({ source: 'summaries' });
    expect(questionGist([], [], [])).toEqual({ kind: 'none' });
  });
});

describe('questionRoundsOver', () => {
  const round = (q: string) => DEF.agenda.findIndex((s) => s.kind === 'round' && s.questionId === q);
  it('is false before the start and during the round, true once the clock is past it or finished', () => {
    expect(questionRoundsOver(DEF, null, 'q2')).toBe(false);
    expect(questionRoundsOver(DEF, { status: 'notStarted', index: -1 }, 'q2')).toBe(false);
    expect(questionRoundsOver(DEF, { status: 'running', index: round('q2') }, 'q2')).toBe(false);
    expect(questionRoundsOver(DEF, { status: 'paused', index: round('q2') + 1 }, 'q2')).toBe(true);
    expect(questionRoundsOver(DEF, { status: 'finished', index: -1 }, 'q3')).toBe(true);
  });
});
