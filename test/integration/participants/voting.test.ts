// Dot voting and the evaluation over real sockets: one participant counts once, and only the facilitator sees ballots.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { useApp } from '../harness.js';
import { readPastMarker } from '../marker.js';
import { errorCode, everything, ok, room, type Room } from './setup.js';

const h = useApp();
const rooms: Room[] = [];
afterAll(() => rooms.forEach((r) => r.close()));
const options = [
  { key: 'tillit', label: 'Tillit' },
  { key: 'tid', label: 'Tid' },
  { key: 'barn', label: 'Barn og unge' },
];

describe('dot voting', () => {
  it('each participant counts once: a new ballot replaces the old, also after a reload', async () => {
    const r = await room(h);
    rooms.push(r);
    const screen = await r.screen();
    const key = randomUUID();
    const kari = await r.phone(key);
    const ola = await r.phone();
    await ok(r.facilitator.send('vote:open', { questionId: 'q1', options }));
    await kari.waitFor((e) => e.event.type === 'vote.opened');
    await ok(kari.send('vote:cast', { questionId: 'q1', dots: { tillit: 3 } }));
    await ok(kari.send('vote:cast', { questionId: 'q1', dots: { tillit: 1, tid: 2 } }));
    kari.close();
    const reloaded = await r.phone(key);
    expect(reloaded.w.participantId).toBe(kari.w.participantId);
    await ok(reloaded.send('vote:cast', { questionId: 'q1', dots: { tid: 1, barn: 2 } }));
    await ok(ola.send('vote:cast', { questionId: 'q1', dots: { barn: 3 } }));
    expect(await errorCode(ola.send('vote:cast', { questionId: 'q1', dots: { barn: 4 } }))).toBe('bad_request');

    const ballots = (await r.state()).votes.q1?.ballots ?? {};
    expect(Object.keys(ballots)).toHaveLength(2);
    // Nobody but the facilitator sees ballots before the reveal.
    await readPastMarker(r.facilitator, screen, ola);
    expect(everything(screen.events, screen.w)).not.toContain('vote.cast');
    expect(JSON.stringify(ola.events.filter((e) => e.event.type === 'vote.cast'))).not.toContain(
      kari.w.participantId ?? '?',
    );

    await ok(r.facilitator.send('vote:close', { questionId: 'q1' }));
    expect(await errorCode(ola.send('vote:cast', { questionId: 'q1', dots: { tillit: 1 } }))).toBe('conflict');
    await ok(r.facilitator.send('vote:reveal', { questionId: 'q1' }));
    const shown = await screen.waitFor((e) => e.event.type === 'vote.revealed');
    expect(shown.event).toEqual({ type: 'vote.revealed', questionId: 'q1', results: { tid: 1, barn: 5 }, voters: 2 });
    await ola.waitFor((e) => e.event.type === 'vote.revealed');
  });

  it('a participant cannot open, close or reveal a vote', async () => {
    const r = await room(h);
    rooms.push(r);
    const phone = await r.phone();
    expect(await errorCode(phone.send('vote:open', { questionId: 'q1', options }))).toBe('forbidden');
    await ok(r.facilitator.send('vote:open', { questionId: 'q1', options }));
    expect(await errorCode(phone.send('vote:close', { questionId: 'q1' }))).toBe('forbidden');
    expect(await errorCode(phone.send('vote:reveal', { questionId: 'q1' }))).toBe('forbidden');
  });
});

describe('evaluation', () => {
  it('answered while open, editable, aggregated for the facilitator only', async () => {
    const r = await room(h);
    rooms.push(r);
    const screen = await r.screen();
    const phone = await r.phone();
    const other = await r.phone();
    expect(await errorCode(phone.send('evaluation:answer', { answers: { useful: 4 } }))).toBe('conflict');
    await ok(
      r.facilitator.send('settings:set', {
        settings: {
          evaluation: [
            { id: 'useful', kind: 'scale', text: 'Nyttig?' },
            { id: 'more', kind: 'text', text: 'Hva mer?' },
          ],
        },
      }),
    );
    await ok(r.facilitator.send('evaluation:open'));
    await ok(phone.send('evaluation:answer', { answers: { useful: 2 } }));
    await ok(phone.send('evaluation:answer', { answers: { useful: 5, more: 'Kaffe og tid til å snakke' } }));
    await ok(other.send('evaluation:answer', { answers: { useful: 3 } }));
    expect(await errorCode(other.send('evaluation:answer', { answers: { heard: 3 } }))).toBe('bad_request');
    await ok(r.facilitator.send('evaluation:close'));
    expect(await errorCode(other.send('evaluation:answer', { answers: { useful: 1 } }))).toBe('conflict');

    await r.facilitator.waitFor((e) => e.event.type === 'evaluation.closed');
    const answered = [...r.facilitator.w.events, ...r.facilitator.events].filter(
      (e) => e.event.type === 'evaluation.answered',
    );
    expect(answered).toHaveLength(3);
    expect((await r.state()).evaluation.answers).toEqual({
      [phone.w.participantId ?? '']: { useful: 5, more: 'Kaffe og tid til å snakke' },
      [other.w.participantId ?? '']: { useful: 3 },
    });
    await readPastMarker(r.facilitator, screen, other);
    expect(everything(screen.events, screen.w)).not.toContain('Kaffe og tid');
    expect(everything(other.events, other.w)).not.toContain('Kaffe og tid');
  });
});
