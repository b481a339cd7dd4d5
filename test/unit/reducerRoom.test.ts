// The reducer for the room around the tables: participants, ideas, votes, evaluation and what the projector shows.
import { describe, expect, it } from 'vitest';
import type { Actor, WorkshopEvent } from '@kafe/shared/events';
import { apply, applyAll, emptyState } from '@kafe/shared/reducer';
import type { WorkshopState } from '@kafe/shared/state';
import { MINUTE, oslo, stored, templateOn, uuidOf } from '../fixtures/workshop.js';
import { must } from '../fixtures/must.js';

const T0 = oslo('12:00');
const created = stored(1, T0, { type: 'workshop.created', definition: templateOn() }, { role: 'organiser' });
const ola: Actor = { role: 'participant', participantId: 'p-ola' };

/** Applies [event, actor?] pairs with seqs 2, 3, … one minute apart. */
function run(...events: (WorkshopEvent | [WorkshopEvent, Actor])[]): WorkshopState {
  return applyAll(emptyState(), [
    created,
    ...events.map((e, i) =>
      Array.isArray(e) ? stored(i + 2, T0 + (i + 1) * MINUTE, e[0], e[1]) : stored(i + 2, T0 + (i + 1) * MINUTE, e),
    ),
  ]);
}
const joined = (id: string, name = '', table: number | null = null): WorkshopEvent => ({
  type: 'participant.joined',
  participantId: id,
  name,
  table,
});

describe('settings', () => {
  it('settings.changed replaces the settings and keeps the rest of the definition', () => {
    const settings = { ...templateOn().settings, ideas: 'approval' as const };
    const s = run({ type: 'settings.changed', settings });
    expect(s.definition?.settings.ideas).toBe('approval');
    expect(s.definition?.agenda).toEqual(templateOn().agenda);
  });
});

describe('participants', () => {
  it('participant.joined adds a participant with the join time', () => {
    const s = run(joined('p-ola', 'Ola', 3));
    expect(s.participants['p-ola']).toMatchObject({
      id: 'p-ola',
      name: 'Ola',
      table: 3,
      assigned: [],
      joinedAt: T0 + MINUTE,
    });
  });

  it('rejoining on the same phone keeps the first join time and table', () => {
    const s = run(joined('p-ola', 'Ola', 3), joined('p-ola', '', null));
    expect(s.participants['p-ola']).toMatchObject({ name: 'Ola', table: 3, joinedAt: T0 + MINUTE });
    expect(Object.keys(s.participants)).toHaveLength(1);
  });

  it('participant.renamed and participant.seated change name and table', () => {
    const s = run(
      joined('p-ola'),
      { type: 'participant.renamed', participantId: 'p-ola', name: 'Kari' },
      { type: 'participant.seated', participantId: 'p-ola', table: 7 },
    );
    expect(s.participants['p-ola']).toMatchObject({ name: 'Kari', table: 7 });
  });

  it('rename or seat of someone who never joined changes nothing', () => {
    const s = run(
      { type: 'participant.renamed', participantId: 'ghost', name: 'x' },
      { type: 'participant.seated', participantId: 'ghost', table: 1 },
    );
    expect(s.participants).toEqual({});
  });

  it('tables.assigned gives each known participant a table per round', () => {
    const s = run(joined('a'), joined('b'), {
      type: 'tables.assigned',
      assignments: [
        { participantId: 'a', tables: [1, 2, 3] },
        { participantId: 'ghost', tables: [4] },
      ],
    });
    expect(s.participants.a?.assigned).toEqual([1, 2, 3]);
    expect(s.participants.b?.assigned).toEqual([]);
    expect(s.participants.ghost).toBeUndefined();
  });

  it('attendance.peak keeps the highest count seen', () => {
    const s = run({ type: 'attendance.peak', participants: 40 }, { type: 'attendance.peak', participants: 25 });
    expect(s.peakParticipants).toBe(40);
  });
});

describe("participants' ideas", () => {
  const idea = (pending: boolean): [WorkshopEvent, Actor] => [
    {
      type: 'note.added',
      noteId: uuidOf(1),
      table: 2,
      questionId: 'q1',
      round: 1,
      text: 'idé',
      source: 'participant',
      pending,
    },
    ola,
  ];

  it('an idea records who had it, and waits when approval is required', () => {
    expect(run(idea(true)).notes[uuidOf(1)]).toMatchObject({
      participantId: 'p-ola',
      status: 'pending',
      source: 'participant',
    });
    expect(run(idea(false)).notes[uuidOf(1)]?.status).toBe('shown');
  });

  it('note.moderated approves or rejects it', () => {
    expect(
      run(idea(true), { type: 'note.moderated', noteId: uuidOf(1), approved: true }).notes[uuidOf(1)]?.status,
    ).toBe('shown');
    expect(
      run(idea(true), { type: 'note.moderated', noteId: uuidOf(1), approved: false }).notes[uuidOf(1)]?.status,
    ).toBe('rejected');
  });

  it("a host's note has no participant", () => {
    const s = run([
      { type: 'note.added', noteId: uuidOf(2), table: 2, questionId: 'q1', round: 1, text: 'x', source: 'host' },
      { role: 'host', table: 2 },
    ]);
    expect(s.notes[uuidOf(2)]).toMatchObject({ participantId: null, status: 'shown', hidden: false, pinned: false });
  });
});

describe('the projector', () => {
  const added: WorkshopEvent = {
    type: 'note.added',
    noteId: uuidOf(1),
    table: 1,
    questionId: 'q1',
    round: 1,
    text: 'x',
    source: 'host',
  };

  it('note.hidden and note.pinned flag the note', () => {
    const s = run(
      added,
      { type: 'note.hidden', noteId: uuidOf(1), hidden: true },
      { type: 'note.pinned', noteId: uuidOf(1), pinned: true },
    );
    expect(s.notes[uuidOf(1)]).toMatchObject({ hidden: true, pinned: true });
  });

  it('screen.spotlight sets and clears the spotlighted note', () => {
    expect(run(added, { type: 'screen.spotlight', noteId: uuidOf(1) }).spotlightNoteId).toBe(uuidOf(1));
    expect(
      run(added, { type: 'screen.spotlight', noteId: uuidOf(1) }, { type: 'screen.spotlight', noteId: null })
        .spotlightNoteId,
    ).toBeNull();
  });

  it("theme.curated stores the facilitator's edits per question", () => {
    const curation = { labels: { k1: 'Tillit' }, merged: {}, moved: {}, hidden: [], pinned: ['k1'] };
    expect(run({ type: 'theme.curated', questionId: 'q2', curation }).curation.q2).toEqual(curation);
  });

  it('wrapup.shown says which question and part the wrap-up shows', () => {
    expect(run({ type: 'wrapup.shown', questionId: 'q1', part: 'votes' }).wrapup).toEqual({
      questionId: 'q1',
      part: 'votes',
    });
  });

  it('message.shown adds a message and message.dismissed removes only that one', () => {
    const s = run(
      { type: 'message.shown', messageId: uuidOf(1), text: 'Kaffe i gangen' },
      { type: 'message.shown', messageId: uuidOf(2), text: 'Fem minutter igjen' },
      { type: 'message.dismissed', messageId: uuidOf(1) },
    );
    expect(s.messages).toEqual([{ id: uuidOf(2), text: 'Fem minutter igjen', at: T0 + 2 * MINUTE }]);
  });

  it('note.revealed (sent to a viewer that never saw the note) adds the whole note once', () => {
    const base = run();
    const note = { ...must(run(added).notes[uuidOf(1)]) };
    const reveal = { seq: 2, at: T0, actor: null, event: { type: 'note.revealed' as const, note } };
    const s = apply(base, reveal);
    expect(s.notes[uuidOf(1)]).toEqual(note);
    expect(apply(s, { ...reveal, seq: 3 }).noteOrder).toEqual([uuidOf(1)]);
  });
});

describe('dot voting', () => {
  const opened: WorkshopEvent = {
    type: 'vote.opened',
    questionId: 'q1',
    dots: 3,
    options: [
      { key: 'a', label: 'Tillit' },
      { key: 'b', label: 'Tid' },
    ],
  };

  it('vote.opened opens a vote with no ballots', () => {
    expect(run(opened).votes.q1).toMatchObject({ dots: 3, open: true, ballots: {}, results: null });
  });

  it("a later vote.cast replaces the participant's earlier one", () => {
    const s = run(
      opened,
      { type: 'vote.cast', questionId: 'q1', participantId: 'p-ola', dots: { a: 3 } },
      { type: 'vote.cast', questionId: 'q1', participantId: 'p-ola', dots: { a: 1, b: 2 } },
    );
    expect(s.votes.q1?.ballots).toEqual({ 'p-ola': { a: 1, b: 2 } });
  });

  it('vote.closed closes it and vote.revealed stores the results', () => {
    expect(run(opened, { type: 'vote.closed', questionId: 'q1' }).votes.q1?.open).toBe(false);
    const s = run(opened, { type: 'vote.revealed', questionId: 'q1', results: { a: 5, b: 2 } });
    expect(s.votes.q1).toMatchObject({ open: false, results: { a: 5, b: 2 } });
  });

  it('a ballot for a vote that was never opened changes nothing', () => {
    expect(run({ type: 'vote.cast', questionId: 'q9', participantId: 'p', dots: { a: 1 } }).votes).toEqual({});
  });
});

describe('evaluation', () => {
  it('opens, collects one answer set per participant (the last wins) and closes', () => {
    const s = run(
      { type: 'evaluation.opened' },
      { type: 'evaluation.answered', participantId: 'p-ola', answers: { useful: 3 } },
      { type: 'evaluation.answered', participantId: 'p-ola', answers: { useful: 5, open: 'Mer tid' } },
    );
    expect(s.evaluation).toEqual({ open: true, answers: { 'p-ola': { useful: 5, open: 'Mer tid' } } });
    expect(run({ type: 'evaluation.opened' }, { type: 'evaluation.closed' }).evaluation.open).toBe(false);
  });
});
