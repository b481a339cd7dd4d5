// decideJoin: what a phone's first (and every later) connection appends.
import { describe, expect, it } from 'vitest';
import { decideJoin } from '@kafe/shared/decide/participants';
import { cmd, decide, eventOf, refusal, run, workshop } from './fixtures.js';

describe('decideJoin', () => {
  it('a new phone joins once, anonymous and unseated', () => {
    expect(eventOf(decideJoin(workshop(), 'p1', null))).toEqual({
      type: 'participant.joined',
      participantId: 'p1',
      name: '',
      table: null,
    });
  });

  it('a table card seats a new phone at its table', () => {
    expect(eventOf(decideJoin(workshop(), 'p1', 4))).toMatchObject({ type: 'participant.joined', table: 4 });
  });

  it('a table the workshop does not have is ignored, not an error', () => {
    expect(eventOf(decideJoin(workshop(), 'p1', 11))).toMatchObject({ type: 'participant.joined', table: null });
  });

  it('rejoining appends nothing: same phone, same participant', () => {
    const s = run(workshop(), { role: 'participant', participantId: 'p1' }, decideJoin(workshop(), 'p1', 2));
    expect(decideJoin(s, 'p1', null)).toEqual({ ok: true, event: null });
    expect(decideJoin(s, 'p1', 2)).toEqual({ ok: true, event: null });
  });

  it('a full workshop turns new phones away and lets known ones back', () => {
    const s = run(workshop(), { role: 'participant', participantId: 'p1' }, decideJoin(workshop(), 'p1', 2, 1));
    expect(refusal(decideJoin(s, 'p2', null, 1))?.code).toBe('full');
    expect(decideJoin(s, 'p1', null, 1)).toEqual({ ok: true, event: null });
    expect(eventOf(decideJoin(s, 'p1', 3, 1))).toMatchObject({ type: 'participant.seated', table: 3 });
  });

  it('a name or seat that changes nothing appends nothing', () => {
    const p1 = { role: 'participant', participantId: 'p1' } as const;
    let s = run(workshop(), p1, decideJoin(workshop(), 'p1', 2));
    s = run(s, p1, decide(s, p1, cmd('participant:name', { name: 'Kari' }), 0));
    expect(decide(s, p1, cmd('participant:name', { name: 'Kari' }), 0)).toEqual({ ok: true, event: null });
    expect(decide(s, p1, cmd('participant:table', { table: 2 }), 0)).toEqual({ ok: true, event: null });
    expect(eventOf(decide(s, p1, cmd('participant:table', { table: 4 }), 0))).toMatchObject({
      type: 'participant.seated',
      table: 4,
    });
  });

  it('a known phone scanning another table card moves there', () => {
    const s = run(workshop(), { role: 'participant', participantId: 'p1' }, decideJoin(workshop(), 'p1', 2));
    expect(eventOf(decideJoin(s, 'p1', 7))).toEqual({ type: 'participant.seated', participantId: 'p1', table: 7 });
  });

  it('with mixing on and tables assigned, a late joiner gets a table for every round, on the emptiest tables', () => {
    let s = workshop({ mixing: true });
    for (const id of ['a', 'b', 'c']) s = run(s, { role: 'participant', participantId: id }, decideJoin(s, id, null));
    s = run(
      s,
      { role: 'facilitator' },
      {
        ok: true,
        event: {
          type: 'tables.assigned',
          assignments: [
            { participantId: 'a', tables: [1, 2, 3] },
            { participantId: 'b', tables: [2, 3, 1] },
            { participantId: 'c', tables: [3, 1, 2] },
          ],
        },
      },
    );
    const late = eventOf(decideJoin(s, 'late', null));
    expect(late).toMatchObject({ type: 'participant.joined', assigned: [4, 4, 4] });
  });

  it('with mixing off, a late joiner gets no assignment', () => {
    expect(eventOf(decideJoin(workshop({ mixing: false }), 'late', null))).not.toHaveProperty('assigned');
  });
});
