// The filing frame (report:frame → report.framed) and what it makes of the report: the first page, the method, next
// steps; the evaluation's response rate and indicators; the report in the workshop's målform; no app settings.
import { describe, expect, it } from 'vitest';
import { decide } from '@kafe/shared/decide/index';
import type { StoredEvent } from '@kafe/shared/events';
import { emptyFilingFrame, type FilingFrame } from '@kafe/shared/filing';
import { buildHarvestReport } from '@kafe/shared/harvest/index';
import { harvestDocument } from '@kafe/shared/harvest/document/layout';
import { visibleTo } from '@kafe/shared/projection';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import { KAFEDIALOG_TEMPLATE, templateQuestionsIn } from '@kafe/shared/template';
import { definitionFromInput } from '@kafe/shared/workshopInput';
import { checkImport } from '../../../server/src/export/importCheck.js';
import { renderMarkdown } from '../../../server/src/export/markdown.js';
import { pseudonymousEvents } from '../../../server/src/export/pseudonymous.js';
import { must } from '../../fixtures/must.js';
import { oslo, uuidOf } from '../../fixtures/workshop.js';
import { DEFINITION, NOW, scriptedEvents, scriptedState } from './scripted.js';

const events = scriptedEvents();
const state = scriptedState(events);

const FRAME: FilingFrame = {
  ...emptyFilingFrame(),
  reference: '23/49-3',
  organisation: 'Bufetat',
  unit: 'Region øst, fagstab',
  author: 'Kari Nordmann',
  purpose: 'Piloten skal prøve ut mindre rapportering i førstelinjen.',
  nextSteps: [
    { what: 'Kartlegge rapporteringskrav', who: 'Fagstaben', due: '1. mars 2027', noteId: uuidOf(103) },
    { what: 'Samarbeidsmøte med skolene', who: '', due: '' },
  ],
};

/** The scripted workshop with `extra` events after it, as the log and the report. */
function withEvents(...extra: StoredEvent['event'][]): { log: StoredEvent[]; md: string } {
  const log = [
    ...events,
    ...extra.map((event, i) => ({
      seq: events.length + i + 1,
      at: NOW - 1000,
      actor: { role: 'facilitator' } as const,
      event,
    })),
  ];
  const report = buildHarvestReport(applyAll(scriptedState(events), log.slice(events.length)), log, { now: NOW });
  return { log, md: renderMarkdown(harvestDocument(report)) };
}

describe('report:frame', () => {
  it('is decided into report.framed for the facilitator only, and a note it names must exist', () => {
    const cmd = { name: 'report:frame', payload: { opId: uuidOf(1), frame: FRAME } } as const;
    expect(decide(state, { role: 'facilitator' }, cmd, NOW)).toEqual({
      ok: true,
      event: { type: 'report.framed', frame: FRAME },
    });
    expect(decide(state, { role: 'host', table: 1 }, cmd, NOW)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const stray = { ...FRAME, nextSteps: [{ what: 'x', who: '', due: '', noteId: uuidOf(4242) }] };
    expect(
      decide(state, { role: 'facilitator' }, { ...cmd, payload: { ...cmd.payload, frame: stray } }, NOW),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('stores nothing when the same frame is saved again', () => {
    const framed = applyAll(state, [
      { seq: state.seq + 1, at: NOW, actor: { role: 'facilitator' }, event: { type: 'report.framed', frame: FRAME } },
    ]);
    expect(framed.filing).toEqual(FRAME);
    const again = { name: 'report:frame', payload: { opId: uuidOf(2), frame: FRAME } } as const;
    expect(decide(framed, { role: 'facilitator' }, again, NOW)).toEqual({ ok: true, event: null });
  });

  it('is seen by the facilitator only: screens, hosts and phones get it redacted', () => {
    const e: StoredEvent = {
      seq: 99,
      at: NOW,
      actor: { role: 'facilitator' },
      event: { type: 'report.framed', frame: FRAME },
    };
    expect(visibleTo({ role: 'facilitator' }, e, state)).toBe(e);
    for (const viewer of [
      { role: 'screen' },
      { role: 'host', table: 1 },
      { role: 'participant', participantId: 'p-aud' },
    ] as const)
      expect(visibleTo(viewer, e, state).event.type).toBe('redacted');
  });
});

describe('the JSON export', () => {
  it('carries the frame, and an import of it makes the same first page', () => {
    const { log, md } = withEvents({ type: 'report.framed', frame: FRAME });
    const exported = pseudonymousEvents(log);
    const check = checkImport(
      { schema: 'kafedialog/workshop', version: 1, definition: DEFINITION, events: exported },
      NOW,
    );
    if (!check.ok) throw new Error(check.message);
    const again = buildHarvestReport(applyAll(emptyState(), exported), exported, { now: NOW });
    expect(again.filing).toMatchObject({ reference: '23/49-3', author: 'Kari Nordmann' });
    const page = (text: string): string => must(text.split('## Metode')[0]);
    expect(page(renderMarkdown(harvestDocument(again)))).toBe(page(md));
  });
});

describe('the first page', () => {
  const { md } = withEvents({ type: 'report.framed', frame: FRAME });
  const firstPage = must(md.split('## Metode og gjennomføring')[0]);

  it('holds the reference, organisation, author, purpose, participation, main points and next steps', () => {
    expect(firstPage).toContain('- **Saksnummer:** 23/49-3');
    expect(firstPage).toContain('- **Virksomhet:** Bufetat, Region øst, fagstab');
    expect(firstPage).toContain('- **Skrevet av:** Kari Nordmann');
    expect(firstPage).toContain('Piloten skal prøve ut mindre rapportering i førstelinjen.');
    expect(firstPage).not.toContain(DEFINITION.purpose);
    expect(firstPage).toContain('Samtalene foregikk ved 3 bord i 3 samtalerunder. 3 deltakere var med på mobil.');
    expect(firstPage).toContain('3 av 3 som var med på mobil, svarte på evalueringen.');
    expect(firstPage).toContain('#### Spørsmål 1: Hva har du hørt i dag');
    expect(firstPage).toContain('| 1. Kartlegge rapporteringskrav | Fagstaben | 1. mars 2027 |');
    expect(firstPage).toContain('| 2. Samarbeidsmøte med skolene | ikke avklart | ikke avklart |');
  });

  it('without a frame, falls back to the workshop purpose and says no next steps are recorded', () => {
    const md = renderMarkdown(harvestDocument(buildHarvestReport(state, events, { now: NOW })));
    expect(md).toContain(DEFINITION.purpose);
    expect(md).toContain('_Ingen tiltak er ført opp ennå._');
    expect(md).not.toContain('Saksnummer');
  });
});

describe('the method', () => {
  it('is written from the agenda: tables, rounds, rotations with hosts who stay, notes, themes, votes, evaluation', () => {
    const method = buildHarvestReport(state, events, { now: NOW }).filing;
    expect(method.methodGenerated).toBe(true);
    // 10 tables planned, 3 used: the method counts the tables that took part, as the first page does.
    expect(method.method).toContain('kafédialog med 3 bord og 3 samtalerunder om 3 spørsmål');
    expect(method.method).toContain('bordvertene ble sittende');
    expect(method.method).toContain('automatisk tekstanalyse');
    expect(method.method).toContain('prikker');
    expect(method.method).toContain('evaluering');
  });

  it("is the facilitator's text once edited", () => {
    const { md } = withEvents({ type: 'report.framed', frame: { ...FRAME, method: 'Vi brukte flippover.' } });
    expect(md).toContain('## Metode og gjennomføring\n\nVi brukte flippover.');
  });
});

describe('structure', () => {
  const md = renderMarkdown(harvestDocument(buildHarvestReport(state, events, { now: NOW })));
  const doc = harvestDocument(buildHarvestReport(state, events, { now: NOW }));

  it('puts each question, the overview, the evaluation and each appendix on a new page, in that order', () => {
    const sections = doc.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [[b.text, b.newPage ?? false]] : []));
    expect(sections.map(([text]) => String(text).replace(/:.*/, ''))).toEqual([
      'Sammendrag',
      'Metode og gjennomføring',
      'Spørsmål 1',
      'Spørsmål 2',
      'Spørsmål 3',
      'På tvers av spørsmålene',
      'Evaluering',
      'Vedlegg 1',
      'Vedlegg 2',
      'Vedlegg 3',
      'Vedlegg 4',
    ]);
    expect(sections.slice(2).every(([, newPage]) => newPage)).toBe(true);
  });

  it("holds each question's vote under it, and lists notes in compact tables without time stamps", () => {
    const q1 = must(md.split('\n## Spørsmål 1')[1]).split('\n## Spørsmål 2')[0] ?? '';
    expect(q1).toContain('### Prikkavstemning');
    expect(q1).toMatch(/\| Mindre rapportering \| 4 \| 67\s%\s\|/);
    const notes = must(md.split('## Vedlegg 1: Alle innspill')[1]).split('## Vedlegg 2')[0] ?? '';
    expect(notes).toContain('| 2 | ★ Mindre rapportering, mer tid til barna |');
    expect(notes).not.toMatch(/\d\d:\d\d/);
  });

  it('has no app settings appendix', () => {
    expect(md).not.toContain('Lydsignal');
    expect(md).not.toContain('Innstillinger');
  });

  it('nests quotes in a quoted note the Norwegian way', () => {
    const quoted = withEvents({
      type: 'note.edited',
      noteId: uuidOf(100),
      text: 'Han sa «nok nå» om tillit til de ansatte og handlingsrom',
    });
    expect(quoted.md).toContain('«Han sa ‹nok nå› om tillit');
  });
});

describe('the evaluation', () => {
  const settings = {
    ...DEFINITION.settings,
    evaluation: DEFINITION.settings.evaluation.map((i) =>
      i.id === 'heard' ? { ...i, baseline: 3.1, target: 3.5 } : i,
    ),
  };
  const { md } = withEvents(
    { type: 'participant.joined', participantId: 'p-late', name: '', table: 1 },
    { type: 'settings.changed', settings },
  );

  it('states the response rate against everyone who joined', () => {
    expect(md).toMatch(/3 av 4 som var med på mobil, svarte \(75\s%\)\./);
  });

  it('shows each indicator against its baseline and target, and the spread of each scale answer', () => {
    expect(md).toContain('- Hørt ved bordet: 3,1 → 3,5 — _målet på 3,5 er nådd · 2 svar_');
    expect(md).toContain('- Nytte: 4,0 — _første måling · 3 svar_');
    expect(md).toContain('| Hvor nyttig var kafédialogen for deg? | 0 | 0 | 1 | 1 | 1 | 3 | 4,0 |');
  });
});

describe('language', () => {
  it('writes the template texts the organiser left alone in the report language', () => {
    const nn = buildHarvestReport(state, events, { now: NOW, language: 'nn' });
    expect(must(nn.questions[0]).text).toBe('Kva har du høyrt i dag (om Tillitsreforma) som gir meining for deg?');
    expect(nn.evaluation.items[1]?.text).toBe('I kva grad opplevde du å bli høyrd ved bordet?');
    expect(nn.appendix.hostGuidance[1]).toContain('kvarandre');
    const en = buildHarvestReport(state, events, { now: NOW, language: 'en' });
    expect(en.agenda.rows.find((r) => r.segmentId === 'rotation-1')?.title).toBe('Change tables');
  });

  it("switches the organiser form's untouched default questions to the workshop's language, and keeps edited ones", () => {
    const nb = KAFEDIALOG_TEMPLATE.questions.map((q) => q.text);
    const nn = templateQuestionsIn(nb, 'nn');
    expect(nn[0]).toBe('Kva har du høyrt i dag (om Tillitsreforma) som gir meining for deg?');
    expect(templateQuestionsIn(nn, 'nb')).toEqual(nb);
    expect(templateQuestionsIn([...nb.slice(0, 2), 'Vårt eget spørsmål'], 'nn')).toEqual([
      ...nb.slice(0, 2),
      'Vårt eget spørsmål',
    ]);
  });

  it('gives a nynorsk workshop made from the default template nynorsk texts', () => {
    const made = definitionFromInput({ title: 'Kafédialog', language: 'nn' }, '2026-03-10');
    if (!made.ok) throw new Error(made.problems.join('; '));
    expect(made.definition.questions[1]?.text).toContain('Kva i Tillitsreforma');
    expect(made.definition.settings.evaluation[0]?.text).toBe('Kor nyttig var kafédialogen for deg?');
    expect(made.definition.hostGuidance[0]).toContain('ikkje');
  });
});

it('the scripted log is what these tests expect', () => {
  expect(events.at(-1)?.at).toBeLessThan(NOW);
  expect(oslo('15:00')).toBe(NOW);
});
