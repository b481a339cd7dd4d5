// The phone's pure helpers (client/src/participant): which round's seat to show, and the facilitator's aggregates.
import { describe, expect, it } from 'vitest';
import type { Participant } from '@kafe/shared/state';
import { timelineAt } from '@kafe/shared/timeline';
import { oslo, templateOn } from '../../fixtures/workshop.js';
import { seatingRound, seatOf, tableFromSearch } from '@kafe/shared/participation/seating';
import { seatsPerRound, starredOptions, summariseEvaluation, themeOptions } from '@kafe/shared/participation/summaries';
import { themesOnScreen } from '@kafe/shared/themes/curate';
import { workshop } from './fixtures.js';

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
  it("reads ?table=N from a table card's link and ignores anything else", () => {
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
    const s = summariseEvaluation(def.settings.evaluation, {
      a: { useful: 4, heard: 5, open: 'Mer tid' },
      b: { useful: 2, open: '  ' },
      c: { heard: 3 },
    });
    expect(s.respondents).toBe(3);
    expect(s.scales.map((x) => [x.item.id, x.count, x.average, x.histogram])).toEqual([
      ['useful', 2, 3, [0, 1, 0, 1, 0]],
      ['heard', 2, 4, [0, 0, 1, 0, 1]],
    ]);
    expect(s.texts[0]?.answers).toEqual(['Mer tid']);
  });

  it('counts seats per round and table', () => {
    const s = workshop(
      {},
      { type: 'participant.joined', participantId: 'a', name: '', table: null, assigned: [1, 2, 3] },
      { type: 'participant.joined', participantId: 'b', name: '', table: null, assigned: [1, 3, 3] },
    );
    expect(seatsPerRound(s, 3, 3)).toEqual([
      [2, 0, 0],
      [0, 1, 1],
      [0, 0, 2],
    ]);
  });

  it('vote options: the themes the projector shows, else starred notes it may show', () => {
    const theme = (key: string, label: string) => ({
      key,
      label,
      labelNoteId: key,
      terms: [],
      noteIds: [key],
      representativeNoteIds: [key],
      tables: [],
    });
    const shown = (text: string) => ({ text, deleted: false, hidden: false, status: 'shown' as const });
    const notes = { k1: shown('Tillit'), k2: shown('Barn'), k3: shown('Skjema') };
    const computed = [theme('k1', 'tillit · tid'), theme('k2', 'barn'), theme('k3', 'skjema')];
    const curation = { labels: { k1: 'Tillit' }, merged: { k3: 'k1' }, moved: {}, hidden: ['k2'], pinned: [] };
    expect(themeOptions(themesOnScreen(computed, curation, notes))).toEqual([{ key: 'k1', label: 'Tillit' }]);
    expect(themeOptions([])).toBeNull();
    const s = workshop(
      {},
      {
        type: 'note.added',
        noteId: '00000000-0000-4000-8000-000000000001',
        table: 1,
        questionId: 'q1',
        round: 1,
        text: 'Stjerne',
        source: 'host',
      },
      {
        type: 'note.added',
        noteId: '00000000-0000-4000-8000-000000000002',
        table: 1,
        questionId: 'q1',
        round: 1,
        text: 'Vanlig',
        source: 'host',
      },
      { type: 'note.starred', noteId: '00000000-0000-4000-8000-000000000001', starred: true },
    );
    expect(starredOptions(s, 'q1')).toEqual([{ key: '00000000-0000-4000-8000-000000000001', label: 'Stjerne' }]);
    // A starred note the facilitator hid from the projector never becomes a vote option on every phone.
    const hidden = workshop(
      {},
      {
        type: 'note.added',
        noteId: '00000000-0000-4000-8000-000000000001',
        table: 1,
        questionId: 'q1',
        round: 1,
        text: 'Skjult',
        source: 'host',
      },
      { type: 'note.starred', noteId: '00000000-0000-4000-8000-000000000001', starred: true },
      { type: 'note.hidden', noteId: '00000000-0000-4000-8000-000000000001', hidden: true },
    );
    expect(starredOptions(hidden, 'q1')).toEqual([]);
  });
});
