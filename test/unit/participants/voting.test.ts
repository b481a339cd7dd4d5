// Dot voting and the evaluation (shared/src/decide/voting.ts), through decide() as the server runs it.
import { describe, expect, it } from 'vitest';
import { tally } from '@kafe/shared/decide/voting';
import type { WorkshopState } from '@kafe/shared/state';
import { cmd, decide, eventOf, facilitator, phone, refusal, run, workshop } from './fixtures.js';

const at = Date.UTC(2026, 2, 10, 13, 40);
const options = [
  { key: 'a', label: 'Tillit' },
  { key: 'b', label: 'Tid' },
  { key: 'c', label: 'Barn' },
];
const joined = (...ids: string[]): WorkshopState =>
  workshop(
    {},
    ...ids.map((participantId) => ({ type: 'participant.joined' as const, participantId, name: '', table: 1 })),
  );
const opened = (state = joined('p1', 'p2')): WorkshopState =>
  run(state, facilitator, decide(state, facilitator, cmd('vote:open', { questionId: 'q1', options }), at));
const cast = (state: WorkshopState, who: string, dots: Record<string, number>) =>
  decide(state, phone(who), cmd('vote:cast', { questionId: 'q1', dots }), at);

describe('dot voting', () => {
  it("opens with the workshop's dots per participant (3 by default)", () => {
    expect(eventOf(decide(joined(), facilitator, cmd('vote:open', { questionId: 'q1', options }), at))).toMatchObject({
      type: 'vote.opened',
      dots: 3,
    });
  });

  it('refuses an unknown question and options sharing a key', () => {
    expect(refusal(decide(joined(), facilitator, cmd('vote:open', { questionId: 'nope', options }), at))?.code).toBe(
      'not_found',
    );
    expect(
      refusal(
        decide(joined(), facilitator, cmd('vote:open', { questionId: 'q1', options: [options[0], options[0]] }), at),
      )?.code,
    ).toBe('bad_request');
  });

  it('a participant spends at most their dots, only on the options shown', () => {
    const s = opened();
    expect(refusal(cast(s, 'p1', { a: 2, b: 2 }))?.message).toMatch(/3 dots/);
    expect(refusal(cast(s, 'p1', { zzz: 1 }))?.code).toBe('bad_request');
    expect(eventOf(cast(s, 'p1', { a: 2, b: 1, c: 0 }))).toEqual({
      type: 'vote.cast',
      questionId: 'q1',
      participantId: 'p1',
      dots: { a: 2, b: 1 },
    });
  });

  it('someone who took back every dot is not counted among those who voted', () => {
    let s = opened();
    s = run(s, phone('p1'), cast(s, 'p1', { a: 2 }));
    s = run(s, phone('p2'), cast(s, 'p2', { b: 1 }));
    s = run(s, phone('p2'), cast(s, 'p2', { b: 0 }));
    const revealed = eventOf(decide(s, facilitator, cmd('vote:reveal', { questionId: 'q1' }), at));
    expect(revealed).toEqual({ type: 'vote.revealed', questionId: 'q1', results: { a: 2 }, voters: 1 });
  });

  it('a second ballot replaces the first: one participant is counted once, however often they vote', () => {
    let s = opened();
    s = run(s, phone('p1'), cast(s, 'p1', { a: 3 }));
    s = run(s, phone('p1'), cast(s, 'p1', { b: 1 }));
    s = run(s, phone('p2'), cast(s, 'p2', { b: 2, c: 1 }));
    const revealed = eventOf(decide(s, facilitator, cmd('vote:reveal', { questionId: 'q1' }), at));
    expect(revealed).toEqual({ type: 'vote.revealed', questionId: 'q1', results: { b: 3, c: 1 }, voters: 2 });
  });

  it('nobody votes once it is closed; closing twice is refused', () => {
    let s = opened();
    s = run(s, facilitator, decide(s, facilitator, cmd('vote:close', { questionId: 'q1' }), at));
    expect(refusal(cast(s, 'p1', { a: 1 }))?.code).toBe('conflict');
    expect(refusal(decide(s, facilitator, cmd('vote:close', { questionId: 'q1' }), at))?.code).toBe('conflict');
  });

  it('only the facilitator opens, closes and reveals; only participants vote', () => {
    const s = opened();
    for (const name of ['vote:open', 'vote:close', 'vote:reveal'] as const) {
      expect(
        refusal(
          decide(s, phone('p1'), cmd(name, { questionId: 'q1', ...(name === 'vote:open' ? { options } : {}) }), at),
        )?.code,
      ).toBe('forbidden');
    }
    expect(refusal(decide(s, facilitator, cmd('vote:cast', { questionId: 'q1', dots: { a: 1 } }), at))?.code).toBe(
      'forbidden',
    );
  });

  it('tally sums every ballot per option', () => {
    expect(tally({ p1: { a: 2, b: 1 }, p2: { a: 1 } })).toEqual({ a: 3, b: 1 });
  });
});

describe('evaluation', () => {
  const open = (s = joined('p1')): WorkshopState =>
    run(s, facilitator, decide(s, facilitator, cmd('evaluation:open'), at));
  const answer = (s: WorkshopState, answers: Record<string, number | string>) =>
    decide(s, phone('p1'), cmd('evaluation:answer', { answers }), at);

  it('is answered only while open', () => {
    expect(refusal(answer(joined('p1'), { useful: 4 }))?.code).toBe('conflict');
    expect(eventOf(answer(open(), { useful: 4, open: 'Mer tid' }))).toMatchObject({
      type: 'evaluation.answered',
      participantId: 'p1',
    });
  });

  it('checks each answer against its item: scales take 1–5, open questions take text, unknown items are refused', () => {
    const s = open();
    expect(refusal(answer(s, { useful: 'veldig' }))?.code).toBe('bad_request');
    expect(refusal(answer(s, { open: 3 }))?.code).toBe('bad_request');
    expect(refusal(answer(s, { nope: 3 }))?.code).toBe('bad_request');
  });

  it('a changed answer replaces the earlier one', () => {
    let s = open();
    s = run(s, phone('p1'), answer(s, { useful: 2 }));
    s = run(s, phone('p1'), answer(s, { useful: 5, heard: 4 }));
    expect(s.evaluation.answers).toEqual({ p1: { useful: 5, heard: 4 } });
  });
});
