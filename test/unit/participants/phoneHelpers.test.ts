// The phone's pure helpers (client/src/participant): which round's seat to show, and the facilitator's aggregates.
import { describe, expect, it } from 'vitest';
import type { Participant } from '@kafe/shared/reducer';
import { timelineAt } from '@kafe/shared/timeline';
import { oslo, templateOn } from '../../fixtures/workshop.js';
import { loadSeating, loadSummaries } from './clientModules.js';
import { workshop } from './fixtures.js';

const { seatingRound, seatOf, tableFromSearch } = await loadSeating();
const { seatsPerRound, starredOptions, summariseEvaluation, themeOptions } = await loadSummaries();
const def = templateOn();
const started = [{ at: oslo('12:45'), event: { type: 'clock.started' as const, planShiftMs: 0 } }];
const at = (hhmm: string) => timelineAt(def, started, oslo(hhmm, 30_000));
const me: Participant = { id: 'p1', name: '', table: 2, assigned: [4, 5, 6], joinedAt: 0 };

describe('seatingRound: whose seat the phone shows', () => {
  it('before the start and during the intro: round 1', () => {
    expect(seatingRound(def.agenda, timelineAt(def, [], oslo('12:00')))).toBe(1);
    expect(seatingRound(def.agenda, at('12:50'))).toBe(1);
  });
  it('during a round: that round; during the rotation or break before a round: the next one', () => {
    expect(seatingRound(def.agenda, at('13:10'))).toBe(1);
    expect(seatingRound(def.agenda, at('13:26'))).toBe(2);
    expect(seatingRound(def.agenda, at('13:55'))).toBe(3);
  });
  it('after the last round: the last round', () => {
    expect(seatingRound(def.agenda, at('14:40'))).toBe(3);
  });
});

describe('seatOf', () => {
  it('mixing on: the assigned table for the round', () => {
    expect(seatOf(me, true, 2)).toEqual({ table: 5, assigned: true });
  });
  it('mixing off, or no assignment: the chosen table', () => {
    expect(seatOf(me, false, 2)).toEqual({ table: 2, assigned: false });
    expect(seatOf({ ...me, assigned: [] }, true, 2)).toEqual({ table: 2, assigned: false });
    expect(seatOf(undefined, true, 1)).toEqual({ table: null, assigned: false });
  });
});

describe('tableFromSearch', () => {
  it('reads ?table=N from a table card\'s link and ignores anything else', () => {
    expect(tableFromSearch('?table=3')).toBe(3);
    expect(tableFromSearch('?lang=nb&table=12')).toBe(12);
    expect(tableFromSearch('?table=0')).toBeUndefined();
    expect(tableFromSearch('?table=x')).toBeUndefined();
    expect(tableFromSearch('?table=999')).toBeUndefined();
    expect(tableFromSearch('')).toBeUndefined();
  });
});

describe('facilitator aggregates', () => {
  it('summarises the evaluation: respondents, average and spread per scale, every open answer', () => {
    const s = summariseEvaluation(def.settings.evaluation, { a: { useful: 4, heard: 5, open: 'Mer tid' }, b: { useful: 2, open: '  ' }, c: { heard: 3 } });
    expect(s.respondents).toBe(3);
    expect(s.scales.map((x) => [x.item.id, x.count, x.average, x.histogram])).toEqual([
      ['useful', 2, 3, [0, 1, 0, 1, 0]],
      ['heard', 2, 4, [0, 0, 1, 0, 1]],
    ]);
    expect(s.texts[0]?.answers).toEqual(['Mer tid']);
  });

  it('counts seats per round and table', () => {
    const s = workshop({}, { type: 'participant.joined', participantId: 'a', name: '', table: null, assigned: [1, 2, 3] }, { type: 'participant.joined', participantId: 'b', name: '', table: null, assigned: [1, 3, 3] });
    expect(seatsPerRound(s, 3, 3)).toEqual([[2, 0, 0], [0, 1, 1], [0, 0, 2]]);
  });

  it('vote options: curated themes when the store has them, starred notes otherwise', () => {
    const themes = { q1: [{ key: 'k1', label: 'tillit · tid' }, { key: 'k2', label: 'barn' }, { key: 'k3', label: 'skjema' }, { nonsense: true }] };
    const curation = { labels: { k1: 'Tillit' }, merged: { k3: 'k1' }, moved: {}, hidden: ['k2'], pinned: [] };
    expect(themeOptions(themes, curation, 'q1')).toEqual([{ key: 'k1', label: 'Tillit' }]);
    expect(themeOptions(undefined, undefined, 'q1')).toBeNull();
    expect(themeOptions({ q2: [] }, undefined, 'q1')).toBeNull();
    const s = workshop(
      {},
      { type: 'note.added', noteId: '00000000-0000-4000-8000-000000000001', table: 1, questionId: 'q1', round: 1, text: 'Stjerne', source: 'host' },
      { type: 'note.added', noteId: '00000000-0000-4000-8000-000000000002', table: 1, questionId: 'q1', round: 1, text: 'Vanlig', source: 'host' },
      { type: 'note.starred', noteId: '00000000-0000-4000-8000-000000000001', starred: true },
    );
    expect(starredOptions(s, 'q1')).toEqual([{ key: '00000000-0000-4000-8000-000000000001', label: 'Stjerne' }]);
  });
});
