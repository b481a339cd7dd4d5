// What each role receives of the event log (shared/src/projection.ts).
import { describe, expect, it } from 'vitest';
import type { Actor, StoredEvent, WorkshopEvent } from '@kafe/shared/events';
import { visibleTo, type Viewer } from '@kafe/shared/projection';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import { MINUTE, oslo, stored, templateOn, uuidOf } from '../fixtures/workshop.js';
import { must } from '../fixtures/must.js';

const T0 = oslo('12:00');
const host1: Viewer = { role: 'host', table: 1 };
const host2: Viewer = { role: 'host', table: 2 };
const ola: Viewer = { role: 'participant', participantId: 'p-ola' };
const kari: Viewer = { role: 'participant', participantId: 'p-kari' };
const facilitator: Viewer = { role: 'facilitator' };
const screen: Viewer = { role: 'screen' };

/** The log: created, then `events` with seqs 2, 3, …; returns it with the state after all of it. */
function log(...events: (WorkshopEvent | [WorkshopEvent, Actor])[]) {
  const all: StoredEvent[] = [
    stored(1, T0, { type: 'workshop.created', definition: templateOn() }, { role: 'organiser' }),
    ...events.map((e, i) =>
      Array.isArray(e) ? stored(i + 2, T0 + (i + 1) * MINUTE, e[0], e[1]) : stored(i + 2, T0 + (i + 1) * MINUTE, e),
    ),
  ];
  return { events: all, state: applyAll(emptyState(), all), last: must(all.at(-1)) };
}
const hostNote = (n: number, table: number): [WorkshopEvent, Actor] => [
  { type: 'note.added', noteId: uuidOf(n), table, questionId: 'q1', round: 1, text: `note ${n}`, source: 'host' },
  { role: 'host', table },
];
const redactedAs = (e: StoredEvent) => ({ seq: e.seq, at: e.at, actor: null, event: { type: 'redacted' } });

describe('a table host', () => {
  it("sees its own table's notes whole", () => {
    const { state, last } = log(hostNote(1, 1));
    expect(visibleTo(host1, last, state)).toEqual(last);
  });

  it("receives another table's note only as a redacted event with the same seq", () => {
    const { state, last } = log(hostNote(1, 1));
    expect(visibleTo(host2, last, state)).toEqual(redactedAs(last));
  });

  it("does not see edits, stars or deletes of another table's notes either", () => {
    for (const change of [
      { type: 'note.edited', noteId: uuidOf(1), text: 'secret' },
      { type: 'note.starred', noteId: uuidOf(1), starred: true },
      { type: 'note.deleted', noteId: uuidOf(1) },
    ] as WorkshopEvent[]) {
      const { state, last } = log(hostNote(1, 1), change);
      expect(visibleTo(host2, last, state), change.type).toEqual(redactedAs(last));
      expect(visibleTo(host1, last, state), change.type).toEqual(last);
    }
  });

  it("does not see another table's summary", () => {
    const { state, last } = log({ type: 'summary.set', table: 1, round: 1, text: 'Oppsummering' });
    expect(visibleTo(host2, last, state)).toEqual(redactedAs(last));
    expect(visibleTo(host1, last, state)).toEqual(last);
  });

  it('sees clock and workshop events', () => {
    const { events, state } = log({ type: 'clock.started', planShiftMs: 0 });
    for (const e of events) expect(visibleTo(host2, e, state)).toEqual(e);
  });
});

describe('a participant', () => {
  it('sees the workshop and every clock event', () => {
    const { events, state } = log(
      { type: 'clock.started', planShiftMs: 0 },
      { type: 'clock.paused' },
      { type: 'clock.resumed' },
      { type: 'clock.adjusted', deltaMs: MINUTE },
      { type: 'clock.jumped', segmentId: 'round-1' },
    );
    for (const e of events) expect(visibleTo(ola, e, state), e.event.type).toEqual(e);
  });

  it('receives no table notes or summaries, only redacted events with the same seq', () => {
    const { events, state } = log(
      hostNote(1, 1),
      hostNote(2, 2),
      { type: 'summary.set', table: 1, round: 1, text: 'x' },
      { type: 'note.starred', noteId: uuidOf(1), starred: true },
    );
    for (const e of events.slice(1)) expect(visibleTo(ola, e, state), e.event.type).toEqual(redactedAs(e));
  });

  it("sees its own idea but not another participant's", () => {
    const idea: [WorkshopEvent, Actor] = [
      {
        type: 'note.added',
        noteId: uuidOf(5),
        table: 1,
        questionId: 'q1',
        round: 1,
        text: 'min idé',
        source: 'participant',
      },
      { role: 'participant', participantId: 'p-ola' },
    ];
    const { state, last } = log(idea);
    expect(visibleTo(ola, last, state)).toEqual(last);
    expect(visibleTo(kari, last, state)).toEqual(redactedAs(last));
  });

  it("never learns other participants' names, ballots or answers", () => {
    for (const e of [
      { type: 'participant.joined', participantId: 'p-kari', name: 'Kari', table: 1 },
      { type: 'participant.renamed', participantId: 'p-kari', name: 'Kari N.' },
      { type: 'vote.cast', questionId: 'q1', participantId: 'p-kari', dots: { a: 3 } },
      { type: 'evaluation.answered', participantId: 'p-kari', answers: { useful: 2 } },
    ] as WorkshopEvent[]) {
      const { state, last } = log(e);
      expect(visibleTo(ola, last, state), e.type).toEqual(redactedAs(last));
      expect(visibleTo(kari, last, state), e.type).toEqual(last);
    }
  });

  it('sees only its own table assignment', () => {
    const { state, last } = log({
      type: 'tables.assigned',
      assignments: [
        { participantId: 'p-ola', tables: [1, 2, 3] },
        { participantId: 'p-kari', tables: [2, 3, 1] },
      ],
    });
    expect(visibleTo(ola, last, state).event).toEqual({
      type: 'tables.assigned',
      assignments: [{ participantId: 'p-ola', tables: [1, 2, 3] }],
    });
  });
});

describe('the facilitator', () => {
  it('sees every event whole', () => {
    const { events, state } = log(
      hostNote(1, 1),
      hostNote(2, 2),
      { type: 'summary.set', table: 2, round: 1, text: 'x' },
      { type: 'participant.joined', participantId: 'p-kari', name: 'Kari', table: 1 },
      { type: 'vote.cast', questionId: 'q1', participantId: 'p-kari', dots: { a: 3 } },
    );
    for (const e of events) expect(visibleTo(facilitator, e, state), e.event.type).toEqual(e);
  });
});

describe('the plenary screen', () => {
  it("sees every table's notes for the wall", () => {
    const { events, state } = log(hostNote(1, 1), hostNote(2, 2));
    for (const e of events) expect(visibleTo(screen, e, state)).toEqual(e);
  });

  it('does not show an idea waiting for approval, and receives the whole note once approved', () => {
    const pending: [WorkshopEvent, Actor] = [
      {
        type: 'note.added',
        noteId: uuidOf(7),
        table: 1,
        questionId: 'q1',
        round: 1,
        text: 'idé',
        source: 'participant',
        pending: true,
      },
      { role: 'participant', participantId: 'p-ola' },
    ];
    const waiting = log(pending);
    expect(visibleTo(screen, waiting.last, waiting.state)).toEqual(redactedAs(waiting.last));
    const approved = log(pending, { type: 'note.moderated', noteId: uuidOf(7), approved: true });
    const seen = visibleTo(screen, approved.last, approved.state);
    expect(seen).toMatchObject({
      seq: approved.last.seq,
      actor: null,
      event: { type: 'note.revealed', note: { id: uuidOf(7), text: 'idé', status: 'shown' } },
    });
  });

  it('a note deleted at the table leaves the projector: a screen connecting later never gets its text; undo brings it back whole', () => {
    const deleted = log(hostNote(1, 1), { type: 'note.deleted', noteId: uuidOf(1) });
    const [, added, deletion] = deleted.events;
    expect(visibleTo(screen, must(added), deleted.state)).toEqual(redactedAs(must(added)));
    expect(visibleTo(screen, must(deletion), deleted.state)).toEqual(deletion);
    const restored = log(
      hostNote(1, 1),
      { type: 'note.deleted', noteId: uuidOf(1) },
      { type: 'note.restored', noteId: uuidOf(1) },
    );
    expect(visibleTo(screen, restored.last, restored.state)).toMatchObject({
      event: { type: 'note.revealed', note: { id: uuidOf(1), text: 'note 1', deleted: false } },
    });
  });

  it("never receives participants' names, ballots or evaluation answers", () => {
    const joined = log({ type: 'participant.joined', participantId: 'p-kari', name: 'Kari', table: 1 });
    expect(visibleTo(screen, joined.last, joined.state).event).toMatchObject({ type: 'participant.joined', name: '' });
    for (const e of [
      { type: 'vote.cast', questionId: 'q1', participantId: 'p-kari', dots: { a: 3 } },
      { type: 'evaluation.answered', participantId: 'p-kari', answers: { useful: 2 } },
    ] as WorkshopEvent[]) {
      const { state, last } = log(e);
      expect(visibleTo(screen, last, state), e.type).toEqual(redactedAs(last));
    }
  });
});
