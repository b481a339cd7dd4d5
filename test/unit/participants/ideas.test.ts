// Ideas from phones in the three modes, and seating, through decide() (shared/src/decide/participants.ts).
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@kafe/shared/constants';
import type { WorkshopState } from '@kafe/shared/state';
import { uuidOf } from '../../fixtures/workshop.js';
import { cmd, decide, eventOf, facilitator, phone, refusal, run, workshop } from './fixtures.js';
import { match } from '../../fixtures/match.js';

const at = Date.UTC(2026, 2, 10, 12, 10); // 13:10 in Oslo: round 1 once the clock runs
const seated = (settings: Parameters<typeof workshop>[0] = {}, table: number | null = 3): WorkshopState =>
  workshop(
    settings,
    { type: 'clock.started', planShiftMs: 0 },
    { type: 'participant.joined', participantId: 'p1', name: '', table },
  );
const idea = (s: WorkshopState, n = 1, who = 'p1') =>
  decide(s, phone(who), cmd('idea:add', { noteId: uuidOf(n), text: 'Mer tillit, mindre skjema' }), at);

describe('ideas from phones', () => {
  it(`one phone adds at most ${LIMITS.ideasPerRound} ideas in a round; the next is refused, another phone is not`, () => {
    let s = workshop(
      { ideas: 'open' },
      { type: 'clock.started', planShiftMs: 0 },
      { type: 'participant.joined', participantId: 'p1', name: '', table: 3 },
      { type: 'participant.joined', participantId: 'p2', name: '', table: 3 },
    );
    for (let n = 1; n <= LIMITS.ideasPerRound; n++) s = run(s, phone('p1'), idea(s, n));
    expect(refusal(idea(s, 100))).toMatchObject({ code: 'conflict', message: match.stringMatching(/per round/) });
    expect(eventOf(idea(s, 101, 'p2'))).toMatchObject({ type: 'note.added', source: 'participant' });
  });

  it('off: refused with a clear reason', () => {
    expect(refusal(idea(seated({ ideas: 'off' })))).toEqual({
      code: 'forbidden',
      message: match.stringMatching(/switched off/),
    });
  });

  it("open: added to the participant's table at once, marked as from a participant", () => {
    expect(eventOf(idea(seated({ ideas: 'open' })))).toMatchObject({
      type: 'note.added',
      table: 3,
      source: 'participant',
      round: 1,
      questionId: 'q1',
    });
    expect(eventOf(idea(seated({ ideas: 'open' })))).not.toHaveProperty('pending');
  });

  it("approval: held as pending until the table's host approves", () => {
    let s = seated({ ideas: 'approval' });
    s = run(s, phone('p1'), idea(s));
    expect(s.notes[uuidOf(1)]).toMatchObject({ status: 'pending', participantId: 'p1', table: 3 });
    expect(
      refusal(decide(s, { role: 'host', table: 4 }, cmd('idea:moderate', { noteId: uuidOf(1), approved: true }), at))
        ?.code,
    ).toBe('forbidden');
    expect(refusal(decide(s, phone('p1'), cmd('idea:moderate', { noteId: uuidOf(1), approved: true }), at))?.code).toBe(
      'forbidden',
    );
    s = run(
      s,
      { role: 'host', table: 3 },
      decide(s, { role: 'host', table: 3 }, cmd('idea:moderate', { noteId: uuidOf(1), approved: true }), at),
    );
    expect(s.notes[uuidOf(1)]?.status).toBe('shown');
  });

  it('needs a table first, and a joined participant', () => {
    expect(refusal(idea(seated({}, null)))?.message).toMatch(/table/);
    expect(refusal(idea(seated(), 1, 'stranger'))?.code).toBe('not_found');
  });

  it('goes to the assigned table while mixing is on, and to the chosen table once it is off', () => {
    const assign = { type: 'tables.assigned' as const, assignments: [{ participantId: 'p1', tables: [7, 8, 9] }] };
    const on = run(seated({ mixing: true }), facilitator, { ok: true, event: assign });
    expect(eventOf(idea(on))).toMatchObject({ table: 7 });
    const off = run(seated({ mixing: false }), facilitator, { ok: true, event: assign });
    expect(eventOf(idea(off))).toMatchObject({ table: 3 });
  });

  it("a participant changes their table by hand, within the workshop's tables", () => {
    const s = seated();
    expect(eventOf(decide(s, phone('p1'), cmd('participant:table', { table: 5 }), at))).toEqual({
      type: 'participant.seated',
      participantId: 'p1',
      table: 5,
    });
    expect(refusal(decide(s, phone('p1'), cmd('participant:table', { table: 11 }), at))?.code).toBe('bad_request');
  });

  it('tables:assign seats every joined participant for every round', () => {
    let s = workshop({ mixing: true });
    for (const id of ['a', 'b', 'c', 'd'])
      s = run(s, phone(id), {
        ok: true,
        event: { type: 'participant.joined', participantId: id, name: '', table: null },
      });
    const e = eventOf(decide(s, facilitator, cmd('tables:assign'), at));
    expect(e?.type === 'tables.assigned' && e.assignments.map((a) => a.tables.length)).toEqual([3, 3, 3, 3]);
  });
});
