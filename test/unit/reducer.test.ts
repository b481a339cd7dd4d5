// apply(state, event) → state: the one reducer the server and every client share (shared/src/reducer.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredEvent, VisibleEvent, WorkshopEvent } from '@kafe/shared/events';
import { apply, applyAll, emptyState, notesOfTable, summaryKey } from '@kafe/shared/reducer';
import type { WorkshopState } from '@kafe/shared/state';
import { MINUTE, oslo, stored, templateOn, uuidOf } from '../fixtures/workshop.js';

const def = templateOn();
const T0 = oslo('12:00');
const created = stored(1, T0, { type: 'workshop.created', definition: def }, { role: 'organiser' });
const note = (n: number, table = 1, text = `note ${n}`): WorkshopEvent => ({
  type: 'note.added',
  noteId: uuidOf(n),
  table,
  questionId: 'q1',
  round: 1,
  text,
  source: 'host',
});

/** Applies events with seqs 2, 3, … after the workshop was created, one minute apart. */
function run(...events: WorkshopEvent[]): WorkshopState {
  return applyAll(emptyState(), [created, ...events.map((e, i) => stored(i + 2, T0 + (i + 1) * MINUTE, e))]);
}

describe('workshop events', () => {
  it('workshop.created sets the definition, the creation time and the seq', () => {
    const s = apply(emptyState(), created);
    expect(s.definition).toEqual(def);
    expect(s.createdAt).toBe(T0);
    expect(s.seq).toBe(1);
  });

  it('workshop.updated replaces the definition but keeps the creation time', () => {
    const renamed = { ...def, title: 'Renamed' };
    const s = run({ type: 'workshop.updated', definition: renamed });
    expect(s.definition?.title).toBe('Renamed');
    expect(s.createdAt).toBe(T0);
    expect(s.seq).toBe(2);
  });
});

describe('clock events', () => {
  const clockEvents: WorkshopEvent[] = [
    { type: 'clock.started', planShiftMs: 0 },
    { type: 'clock.paused' },
    { type: 'clock.resumed' },
    { type: 'clock.jumped', segmentId: 'round-1' },
    { type: 'clock.adjusted', deltaMs: MINUTE },
    { type: 'clock.modeChanged', mode: 'durations' },
    { type: 'clock.caughtUp' },
    { type: 'clock.reset' },
  ];

  it('every clock event is kept, in order, with the time it happened', () => {
    const s = run(...clockEvents);
    expect(s.clock).toEqual(clockEvents.map((event, i) => ({ at: T0 + (i + 1) * MINUTE, event })));
    expect(s.seq).toBe(clockEvents.length + 1);
  });

  it('does not touch notes or the definition', () => {
    const s = run(note(1), ...clockEvents);
    expect(s.definition).toEqual(def);
    expect(Object.keys(s.notes)).toEqual([uuidOf(1)]);
  });
});

describe('note events', () => {
  it('note.added creates a live, unstarred note with its table, round and question', () => {
    const s = run(note(1, 3, 'Mer tillit'));
    expect(s.notes[uuidOf(1)]).toMatchObject({
      id: uuidOf(1),
      table: 3,
      questionId: 'q1',
      round: 1,
      text: 'Mer tillit',
      source: 'host',
      starred: false,
      deleted: false,
      createdAt: T0 + MINUTE,
      updatedAt: T0 + MINUTE,
    });
    expect(s.noteOrder).toEqual([uuidOf(1)]);
  });

  it('a second note.added with the same noteId changes nothing but the seq', () => {
    const s = run(note(1, 1, 'first'), note(1, 2, 'second'));
    expect(s.notes[uuidOf(1)]?.text).toBe('first');
    expect(s.notes[uuidOf(1)]?.table).toBe(1);
    expect(s.noteOrder).toEqual([uuidOf(1)]);
    expect(s.seq).toBe(3);
  });

  it('note.edited changes the text and the update time, not the creation time', () => {
    const s = run(note(1), { type: 'note.edited', noteId: uuidOf(1), text: 'better' });
    expect(s.notes[uuidOf(1)]).toMatchObject({ text: 'better', createdAt: T0 + MINUTE, updatedAt: T0 + 2 * MINUTE });
  });

  it('note.deleted flags the note and note.restored brings it back', () => {
    const deleted = run(note(1), { type: 'note.deleted', noteId: uuidOf(1) });
    expect(deleted.notes[uuidOf(1)]?.deleted).toBe(true);
    expect(deleted.noteOrder).toEqual([uuidOf(1)]);
    const restored = run(
      note(1),
      { type: 'note.deleted', noteId: uuidOf(1) },
      { type: 'note.restored', noteId: uuidOf(1) },
    );
    expect(restored.notes[uuidOf(1)]?.deleted).toBe(false);
  });

  it('note.starred stars and unstars', () => {
    const starred = run(note(1), { type: 'note.starred', noteId: uuidOf(1), starred: true });
    expect(starred.notes[uuidOf(1)]?.starred).toBe(true);
    const unstarred = run(
      note(1),
      { type: 'note.starred', noteId: uuidOf(1), starred: true },
      { type: 'note.starred', noteId: uuidOf(1), starred: false },
    );
    expect(unstarred.notes[uuidOf(1)]?.starred).toBe(false);
  });

  it('edits, deletes and stars of an unknown note change nothing but the seq', () => {
    const before = run(note(1));
    const after = run(
      note(1),
      { type: 'note.edited', noteId: uuidOf(9), text: 'x' },
      { type: 'note.deleted', noteId: uuidOf(9) },
      { type: 'note.restored', noteId: uuidOf(9) },
      { type: 'note.starred', noteId: uuidOf(9), starred: true },
    );
    expect(after).toEqual({ ...before, seq: 6 });
  });
});

describe('summaries and host names', () => {
  it('summary.set stores the summary per table and round; the last one wins', () => {
    const s = run(
      { type: 'summary.set', table: 2, round: 1, text: 'first try' },
      { type: 'summary.set', table: 2, round: 1, text: 'Tillit og handlingsrom' },
      { type: 'summary.set', table: 2, round: 2, text: 'Barn i sentrum' },
    );
    expect(s.summaries[summaryKey(2, 1)]).toEqual({ text: 'Tillit og handlingsrom', at: T0 + 2 * MINUTE });
    expect(s.summaries[summaryKey(2, 2)]?.text).toBe('Barn i sentrum');
  });

  it("host.named names the table's host", () => {
    expect(run({ type: 'host.named', table: 4, name: 'Rita' }).hostNames).toEqual({ 4: 'Rita' });
  });
});

describe('redacted events', () => {
  it('advance the seq and change nothing else', () => {
    const before = run(note(1));
    const after = apply(before, { seq: 3, at: T0 + 5 * MINUTE, actor: null, event: { type: 'redacted' } });
    expect(after).toEqual({ ...before, seq: 3 });
  });
});

describe('apply is pure', () => {
  it('leaves the previous state untouched', () => {
    const before = run(note(1));
    const snapshot = structuredClone(before);
    apply(before, stored(3, T0, { type: 'note.edited', noteId: uuidOf(1), text: 'changed' }));
    apply(before, stored(3, T0, note(2)));
    expect(before).toEqual(snapshot);
  });
});

describe('notesOfTable', () => {
  it("lists a table's notes newest first, without other tables' notes", () => {
    const s = run(note(1, 1), note(2, 2), note(3, 1), note(4, 1));
    expect(notesOfTable(s, 1).map((n) => n.id)).toEqual([uuidOf(4), uuidOf(3), uuidOf(1)]);
    expect(notesOfTable(s, 2).map((n) => n.id)).toEqual([uuidOf(2)]);
    expect(notesOfTable(s, 3)).toEqual([]);
  });

  it("keeps a note's place after it is edited", () => {
    const s = run(note(1), note(2), { type: 'note.edited', noteId: uuidOf(1), text: 'edited later' });
    expect(notesOfTable(s, 1).map((n) => n.id)).toEqual([uuidOf(2), uuidOf(1)]);
  });
});

// Events over a handful of note ids, so adds, duplicate adds and edits collide often.
const noteEvent = fc.oneof(
  fc
    .record({
      n: fc.integer({ min: 1, max: 4 }),
      table: fc.integer({ min: 1, max: 3 }),
      text: fc.string({ minLength: 1, maxLength: 8 }),
    })
    .map(({ n, table, text }): WorkshopEvent => note(n, table, text)),
  fc
    .record({ n: fc.integer({ min: 1, max: 4 }), text: fc.string({ minLength: 1, maxLength: 8 }) })
    .map(({ n, text }): WorkshopEvent => ({ type: 'note.edited', noteId: uuidOf(n), text })),
  fc
    .record({ n: fc.integer({ min: 1, max: 4 }), starred: fc.boolean() })
    .map(({ n, starred }): WorkshopEvent => ({ type: 'note.starred', noteId: uuidOf(n), starred })),
  fc.integer({ min: 1, max: 4 }).map((n): WorkshopEvent => ({ type: 'note.deleted', noteId: uuidOf(n) })),
  fc.constant<WorkshopEvent>({ type: 'clock.paused' }),
);
const log = fc
  .array(noteEvent, { maxLength: 40 })
  .map((events): StoredEvent[] => [created, ...events.map((e, i) => stored(i + 2, T0 + i * 1000, e))]);

describe('properties', () => {
  it('the same event list always gives the same state, however it is split into batches', () => {
    fc.assert(
      fc.property(log, fc.array(fc.nat(), { maxLength: 5 }), (events, cuts) => {
        const whole = applyAll(emptyState(), events);
        expect(applyAll(emptyState(), events)).toEqual(whole);
        // A client receives the same log in batches (welcome, then broadcasts): it must end in the same state.
        const points = [...new Set(cuts.map((c) => c % (events.length + 1)))].sort((a, b) => a - b);
        let state = emptyState();
        let from = 0;
        for (const p of [...points, events.length]) {
          state = applyAll(state, events.slice(from, p));
          from = p;
        }
        expect(state).toEqual(whole);
      }),
    );
  });

  it("a note's text is its last edit in seq order after it was added (edits before the add do not count)", () => {
    fc.assert(
      fc.property(log, (events) => {
        const state = applyAll(emptyState(), events);
        for (let n = 1; n <= 4; n++) {
          const id = uuidOf(n);
          let expected: string | undefined;
          for (const { event } of events) {
            if (event.type === 'note.added' && event.noteId === id && expected === undefined) expected = event.text;
            if (event.type === 'note.edited' && event.noteId === id && expected !== undefined) expected = event.text;
          }
          expect(state.notes[id]?.text).toBe(expected);
        }
      }),
    );
  });

  it("the seq is the last applied event's seq, redacted or not", () => {
    fc.assert(
      fc.property(log, fc.array(fc.boolean(), { maxLength: 41 }), (events, hide) => {
        const seen: VisibleEvent[] = events.map((e, i) =>
          hide[i] ? { seq: e.seq, at: e.at, actor: null, event: { type: 'redacted' } } : e,
        );
        expect(applyAll(emptyState(), seen).seq).toBe(events.length);
      }),
    );
  });
});

describe('redacted runs', () => {
  it('a run of redacted seqs advances the seq to its last one', () => {
    const before = run(note(1));
    const after = apply(before, { seq: 3, through: 9, at: T0, actor: null, event: { type: 'redacted' } });
    expect(after.seq).toBe(9);
    expect(after.notes).toEqual(before.notes);
  });
});
