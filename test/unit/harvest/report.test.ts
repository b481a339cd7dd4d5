// buildHarvestReport: a scripted three-round workshop in, the harvest report out, at a fixed instant.
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '@kafe/shared/events';
import { buildHarvestReport } from '@kafe/shared/harvest/index';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import { must } from '../../fixtures/must.js';
import { oslo, uuidOf } from '../../fixtures/workshop.js';
import { DEFINITION, NOTES, NOW, scriptedEvents, scriptedState } from './scripted.js';

const events = scriptedEvents();
const state = scriptedState(events);
const report = buildHarvestReport(state, events, { now: NOW });
const q = (n: number) => must(report.questions[n - 1], `question ${n}`);

describe('the harvest report of a scripted three-round workshop', () => {
  it('names the workshop: title, purpose, date, place, language and the instant it describes', () => {
    expect(report.filing.purpose).toBe(DEFINITION.purpose);
    expect(report).toMatchObject({
      title: 'Kafédialog Region øst',
      date: DEFINITION.date,
      place: 'Scandic Lerkendal, Trondheim',
      language: 'nb',
      timeZone: 'Europe/Oslo',
      generatedAt: NOW,
      seq: events.length,
    });
  });

  it('sets the agenda as planned against what happened: a late start, a minute added, the plenary ended early', () => {
    const row = (id: string) =>
      must(
        report.agenda.rows.find((r) => r.segmentId === id),
        `agenda row ${id}`,
      );
    expect(report.agenda.status).toBe('finished');
    expect(row('intro')).toMatchObject({
      plannedStartAt: oslo('12:45'),
      actualStartAt: oslo('12:47'),
      startDelayMin: 2,
      actualMin: 13,
      status: 'done',
    });
    expect(row('round-1')).toMatchObject({
      round: 1,
      questionId: 'q1',
      actualStartAt: oslo('13:00'),
      actualMin: 25,
      startDelayMin: 0,
    });
    // Fixed times: round 2 ends at 13:50 plus the minute added, so the break starts a minute late.
    expect(row('round-2')).toMatchObject({ round: 2, actualMin: 23 });
    expect(row('break')).toMatchObject({ actualStartAt: oslo('13:51'), startDelayMin: 1 });
    expect(row('plenary')).toMatchObject({
      actualStartAt: oslo('14:30'),
      actualEndAt: oslo('14:55'),
      actualMin: 25,
      status: 'done',
    });
  });

  it('counts participation: people, the peak, tables with hosts, notes and ideas per table and round', () => {
    const p = report.participation;
    expect(p).toMatchObject({
      participantsJoined: 3,
      peakConnected: 3,
      tableCount: 10,
      rounds: [1, 2, 3],
      notes: 11,
      ideas: 1,
      starred: 4,
      summaries: 3,
    });
    // Tables 1 and 2 have named hosts; table 3 has none but wrote notes.
    expect(p.hostedTables).toBe(3);
    expect(p.tables[0]).toMatchObject({ table: 1, host: 'Kari', hosted: true, seated: 1, notes: 4, ideas: 0 });
    expect(must(p.tables[1]).rounds).toEqual([
      { round: 1, notes: 2, ideas: 1 },
      { round: 2, notes: 1, ideas: 0 },
      { round: 3, notes: 0, ideas: 0 },
    ]);
    expect(p.tables[2]).toMatchObject({ table: 3, host: null, hosted: true, notes: 4 });
    expect(p.tables[3]).toMatchObject({ table: 4, hosted: false, notes: 0 });
  });

  it('holds every note once, by table and round, with author role, time, star and edits; deleted notes are left out', () => {
    const all = report.questions.flatMap((x) => x.groups.flatMap((g) => g.notes));
    expect(all).toHaveLength(12);
    expect(all.map((n) => n.text)).not.toContain('feilskrevet');
    for (const round of [1, 2, 3] as const) {
      for (const [table, text] of NOTES[round]) {
        if (text.startsWith('Mer handlingsrom')) continue;
        expect(all.find((n) => n.text === text)).toMatchObject({ table, round, authorRole: 'host' });
      }
    }
    expect(all.find((n) => n.id === uuidOf(101))).toMatchObject({
      text: 'Mer handlingsrom i førstelinjen, særlig i barnevernet',
      edited: true,
      createdAt: oslo('13:03'),
    });
    expect(all.find((n) => n.id === uuidOf(900))).toMatchObject({ authorRole: 'participant', table: 2, round: 1 });
    expect(q(1).groups.map((g) => [g.table, g.round, g.host])).toEqual([
      [1, 1, 'Kari'],
      [2, 1, 'Ola'],
      [3, 1, null],
    ]);
    expect(must(q(1).groups[1]).notes.map((n) => n.createdAt)).toEqual(
      [...must(q(1).groups[1]).notes.map((n) => n.createdAt)].sort((a, b) => a - b),
    );
  });

  it("gives each question its rounds, starred insights and the hosts' summaries", () => {
    expect(report.questions.map((x) => [x.questionId, x.rounds, x.noteCount, x.tableCount])).toEqual([
      ['q1', [1], 7, 3],
      ['q2', [2], 3, 3],
      ['q3', [3], 2, 2],
    ]);
    expect(q(1).insights.map((n) => n.text)).toEqual([
      'Tillit til de ansatte gir mer handlingsrom',
      'Mindre rapportering, mer tid til barna',
    ]);
    expect(q(1).summaries).toEqual([
      {
        table: 1,
        round: 1,
        host: 'Kari',
        text: 'Tillit gir handlingsrom, men krever modige ledere.',
        at: oslo('13:23'),
      },
      { table: 2, round: 1, host: 'Ola', text: 'Mindre rapportering frigjør tid til barna.', at: oslo('13:24') },
    ]);
    expect(q(2).summaries.map((s) => s.table)).toEqual([1]);
    expect(q(3).summaries).toEqual([]);
  });

  it('finds themes with counts and representative notes, and every themed note names its theme', () => {
    expect(q(1).themes.length).toBeGreaterThan(0);
    for (const x of report.questions) {
      const notes = x.groups.flatMap((g) => g.notes);
      for (const t of x.themes) {
        expect(notes.filter((n) => n.themeKey === t.key)).toHaveLength(t.count);
        // The theme lists its notes (the JSON export's way back from a theme to what was said).
        expect([...t.noteIds].sort()).toEqual(
          notes
            .filter((n) => n.themeKey === t.key)
            .map((n) => n.id)
            .sort(),
        );
        expect(t.representative.length).toBeGreaterThan(0);
        expect(t.representative.length).toBeLessThanOrEqual(3);
        for (const r of t.representative) expect(notes.find((n) => n.id === r.id)?.themeLabel).toBe(t.label);
        // A readable name (a phrase from a note), never stems joined by dots; and the tables behind it.
        expect(t.label).not.toContain('·');
        expect(t.tables).toEqual(
          [...new Set(notes.filter((n) => n.themeKey === t.key).map((n) => n.table))].sort((a, b) => a - b),
        );
      }
    }
  });

  it('opens each question with its main points, ranked by tables, and gives an overview across questions', () => {
    for (const x of report.questions) {
      expect(x.mainPoints.length).toBeLessThanOrEqual(5);
      for (const p of x.mainPoints) expect(p.tables).toBe(must(x.themes.find((t) => t.key === p.key)).tables.length);
      const ranks = x.mainPoints.map((p) => p.tables);
      expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    }
    expect(q(1).mainPoints.length).toBeGreaterThan(0);
    for (const p of report.mainPoints) expect(p.tables).toBeGreaterThan(1);
  });

  it('shows themes as the facilitator curated them: renamed, and hidden ones left out', () => {
    const [theme, second] = q(1).themes;
    const first = must(theme, 'a theme in question 1');
    const curated: StoredEvent = {
      seq: events.length + 1,
      at: oslo('14:31'),
      actor: { role: 'facilitator' },
      event: {
        type: 'theme.curated',
        questionId: 'q1',
        curation: {
          labels: { [first.key]: 'Tillit i praksis' },
          merged: {},
          moved: {},
          hidden: second ? [second.key] : [],
          pinned: [],
        },
      },
    };
    const after = must(buildHarvestReport(applyAll(state, [curated]), [...events, curated], { now: NOW }).questions[0]);
    expect(after.themes[0]).toMatchObject({ key: first.key, label: 'Tillit i praksis', count: first.count });
    if (second) expect(after.themes.map((t) => t.key)).not.toContain(second.key);
    expect(after.groups.flatMap((g) => g.notes).filter((n) => n.themeLabel === 'Tillit i praksis')).toHaveLength(
      first.count,
    );
  });

  it('reports votes per option, most dots first, with shares and the number of voters', () => {
    expect(report.votes).toEqual([
      {
        questionId: 'q1',
        questionText: must(DEFINITION.questions[0]).text,
        dotsPerVoter: 3,
        voters: 2,
        open: false,
        revealed: true,
        options: [
          { key: 'b', label: 'Mindre rapportering', dots: 4, share: 4 / 6 },
          { key: 'a', label: 'Handlingsrom', dots: 2, share: 2 / 6 },
          { key: 'c', label: 'Modige ledere', dots: 0, share: 0 },
        ],
      },
    ]);
  });

  it('reports the evaluation per item: count, average and spread of scales, every open answer', () => {
    expect(report.evaluation.respondents).toBe(3);
    expect(report.evaluation.joined).toBe(3);
    expect(report.evaluation.items).toEqual([
      {
        id: 'useful',
        kind: 'scale',
        text: must(DEFINITION.settings.evaluation[0]).text,
        count: 3,
        average: 4,
        distribution: [0, 0, 1, 1, 1],
        answers: [],
        indicator: { name: 'Nytte', baseline: null, target: null },
      },
      {
        id: 'heard',
        kind: 'scale',
        text: must(DEFINITION.settings.evaluation[1]).text,
        count: 2,
        average: 3.5,
        distribution: [0, 0, 1, 1, 0],
        answers: [],
        indicator: { name: 'Hørt ved bordet', baseline: null, target: null },
      },
      {
        id: 'open',
        kind: 'text',
        text: must(DEFINITION.settings.evaluation[2]).text,
        count: 2,
        average: null,
        distribution: null,
        answers: ['Kaken!', 'Mer tid til samtale'], // alphabetical, not in the order people answered
        indicator: null,
      },
    ]);
  });

  it('keeps the host guidance and every screen message (dismissed ones too) in the appendix, not the app settings', () => {
    expect(report.appendix.hostGuidance).toEqual(DEFINITION.hostGuidance);
    expect(report.appendix).not.toHaveProperty('settings');
    expect(report.appendix.messages).toEqual([{ text: 'Ti minutter igjen', at: oslo('14:20') }]);
  });

  it('is deterministic: the same log gives the same report', () => {
    expect(buildHarvestReport(scriptedState(), scriptedEvents(), { now: NOW })).toEqual(report);
  });

  it('works from the state alone (no log): edits are then unknown and only undismissed messages show', () => {
    const bare = buildHarvestReport(state, null, { now: NOW });
    expect(bare.questions.flatMap((x) => x.groups.flatMap((g) => g.notes)).some((n) => n.edited)).toBe(false);
    expect(bare.appendix.messages).toEqual([]);
    expect(bare.participation).toEqual(report.participation);
  });

  it('measures a segment still running up to `now`, and marks what has not run', () => {
    const upTo = events.filter((e) => e.at <= oslo('13:40'));
    const mid = buildHarvestReport(applyAll(emptyState(), upTo), upTo, { now: oslo('13:45') });
    expect(mid.agenda.status).toBe('running');
    expect(mid.agenda.rows.find((r) => r.segmentId === 'round-2')).toMatchObject({
      status: 'current',
      actualEndAt: null,
      actualMin: 17,
    });
    expect(mid.agenda.rows.find((r) => r.segmentId === 'break')).toMatchObject({
      status: 'notRun',
      actualStartAt: null,
      actualMin: null,
    });
  });

  it("writes in the language asked for, and finds themes in the notes' own language", () => {
    const en = buildHarvestReport(state, events, { now: NOW, language: 'en' });
    expect(en.language).toBe('en');
    expect(en.questions.map((x) => x.themes)).toEqual(report.questions.map((x) => x.themes));
  });
});
