// Only the facilitator decides what the projector shows: curation, hide, pin, spotlight, wrap-up and messages.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emptyCuration } from '@kafe/shared/events';
import { asParticipant, asRole, createWorkshop, join, roleTokens, sendRaw, useApp } from '../harness.js';

const h = useApp();
const { opened } = h;

async function room() {
  const w = await createWorkshop(h.url);
  const t = roleTokens(w);
  const [facilitator, screen, host, phone] = await Promise.all([
    join(h.url, asRole(t.facilitator)),
    join(h.url, asRole(t.screen)),
    join(h.url, asRole(t.host(1))),
    join(h.url, asParticipant(w.joinCode)),
  ]);
  opened.push(facilitator, screen, host, phone);
  const noteId = randomUUID();
  expect(await host.send('note:add', { noteId, text: 'Tillit til ansatte' })).toMatchObject({ ok: true });
  return { w, facilitator, screen, host, phone, noteId };
}

const curation = { ...emptyCuration(), labels: { some: 'Tillit' }, pinned: ['some'] };

describe('plenary commands', () => {
  it('host, screen and phone get forbidden for every one of them, and nothing is appended', async () => {
    const { w, screen, host, phone, noteId } = await room();
    const commands: [string, Record<string, unknown>][] = [
      ['theme:curate', { questionId: 'q1', curation }],
      ['note:hide', { noteId, hidden: true }],
      ['note:pin', { noteId, pinned: true }],
      ['screen:spotlight', { noteId }],
      ['wrapup:show', { questionId: 'q1', part: 'themes' }],
      ['message:show', { messageId: randomUUID(), text: 'Kaken står i kantina' }],
      ['settings:set', { settings: { chime: false } }],
    ];
    const before = (await h.app.ctx.store.readSince(w.id)).length;
    for (const who of [host, screen, phone]) {
      for (const [name, payload] of commands) {
        // A list of different commands: sent untyped, the server's parsing is not what this test is about.
        expect(await sendRaw(who.socket, name, { opId: randomUUID(), ...payload }), name).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    }
    expect((await h.app.ctx.store.readSince(w.id)).length).toBe(before);
  });

  it('the facilitator curates, and the screen receives the curation', async () => {
    const { facilitator, screen } = await room();
    const ack = await facilitator.send('theme:curate', { questionId: 'q1', curation });
    expect(ack).toMatchObject({ ok: true });
    const got = await screen.waitFor((e) => e.event.type === 'theme.curated', 'the curation');
    expect(got.event).toEqual({ type: 'theme.curated', questionId: 'q1', curation });
  });

  it('a malformed curation or an unknown question gets a clear refusal', async () => {
    const { facilitator } = await room();
    expect(
      await sendRaw(facilitator.socket, 'theme:curate', {
        opId: randomUUID(),
        questionId: 'q1',
        curation: { labels: {} },
      }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(
      await facilitator.send('theme:curate', { questionId: 'q1', curation: { ...curation, labels: { k: '' } } }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await facilitator.send('theme:curate', { questionId: 'nope', curation })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it("a curation's anchors are stored and sent on; too many are refused and nothing is appended", async () => {
    const { w, facilitator, screen, noteId } = await room();
    const anchored = { ...curation, anchors: { some: [noteId] } };
    expect(await facilitator.send('theme:curate', { questionId: 'q1', curation: anchored })).toMatchObject({
      ok: true,
    });
    const got = await screen.waitFor((e) => e.event.type === 'theme.curated', 'the anchored curation');
    expect(got.event).toEqual({ type: 'theme.curated', questionId: 'q1', curation: anchored });
    const before = (await h.app.ctx.store.readSince(w.id)).length;
    const nine = Array.from({ length: 9 }, (_, i) => `n${i}`);
    expect(
      await facilitator.send('theme:curate', { questionId: 'q1', curation: { ...curation, anchors: { some: nine } } }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect((await h.app.ctx.store.readSince(w.id)).length).toBe(before);
  });
});
