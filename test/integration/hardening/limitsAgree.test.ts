// What the live server accepts, the loader reads back: an agenda as long as the limits allow (24 rounds, beyond the
// old cap of 20), mixing over all of them, and a stored row that does not parse never takes the workshop down.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../server/src/app.js';
import { hashToken } from '../../../server/src/workshops/secrets.js';
import { WorkshopRuntime } from '../../../server/src/workshops/runtime.js';
import { asParticipant, asRole, createWorkshop, freePort, join, KEY, roleTokens, useApp } from '../harness.js';

const h = useApp();
const { opened } = h;

/** 24 five-minute rounds from 08:00, one question each, mixing on. */
function longAgenda() {
  const questions = Array.from({ length: 12 }, (_, i) => ({ id: `q${i + 1}`, text: `Spørsmål ${i + 1}` }));
  const agenda = Array.from({ length: 24 }, (_, i) => {
    const minutes = 8 * 60 + i * 5;
    const start = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return {
      id: `r${i + 1}`,
      kind: 'round',
      title: `Runde ${i + 1}`,
      start,
      durationMin: 5,
      questionId: `q${(i % 12) + 1}`,
    };
  });
  return { title: 'Lang dag', questions, agenda, settings: { mixing: true } };
}

const reload = (id: string) =>
  WorkshopRuntime.load(
    id,
    h.app.ctx.store,
    () => undefined,
    () => undefined,
  );

describe('limits that agree between live and load', () => {
  it('a note sent without its round during round 21 is stored and the workshop loads again', async () => {
    const w = await createWorkshop(h.url, longAgenda());
    const t = roleTokens(w);
    const [facilitator, host] = await Promise.all([join(h.url, asRole(t.facilitator)), join(h.url, asRole(t.host(1)))]);
    opened.push(facilitator, host);
    expect((await facilitator.send('clock:start')).ok).toBe(true);
    expect((await facilitator.send('clock:jump', { segmentId: 'r21' })).ok).toBe(true);
    const note = await host.send('note:add', { noteId: randomUUID(), text: 'Runde 21 virker' });
    expect(note.ok).toBe(true);
    const runtime = await reload(w.id);
    expect(Object.values(runtime.state.notes).map((n) => n.round)).toEqual([21]);
    expect(runtime.since(0).some((e) => e.event.type === 'log.unreadable')).toBe(false);
  });

  it('mixing over 24 rounds is stored and loads again', async () => {
    const w = await createWorkshop(h.url, longAgenda());
    const facilitator = await join(h.url, asRole(w.facilitatorToken));
    const phones = await Promise.all(Array.from({ length: 6 }, () => join(h.url, asParticipant(w.joinCode))));
    opened.push(facilitator, ...phones);
    await facilitator.waitFor((e) => e.event.type === 'participant.joined' && e.seq > 6, 'six joins');
    expect((await facilitator.send('tables:assign')).ok).toBe(true);
    const runtime = await reload(w.id);
    const assigned = Object.values(runtime.state.participants).map((p) => p.assigned.length);
    expect(assigned).toEqual(Array(6).fill(24));
  });

  it('a stored row that no longer parses is set aside: the workshop still welcomes, exports and takes a note', async () => {
    const w = await createWorkshop(h.url);
    const t = roleTokens(w);
    const host = await join(h.url, asRole(t.host(1)));
    opened.push(host);
    for (const text of ['Første', 'Andre', 'Tredje'])
      expect((await host.send('note:add', { noteId: randomUUID(), text })).ok).toBe(true);
    await h.db.query(
      `update events set payload = jsonb_set(payload, '{round}', '999') where workshop_id = $1 and type = 'note.added' and payload->>'text' = 'Andre'`,
      [w.id],
    );
    // A second server on the same store loads the workshop afresh, as after a restart.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const second = createApp({ db: h.db, publicUrl: url, organiserKeyHash: hashToken(KEY), clientDir: '/nonexistent' });
    await new Promise<void>((resolve) => second.http.listen(port, '127.0.0.1', () => resolve()));
    try {
      const facilitator = await join(url, asRole(t.facilitator));
      const again = await join(url, asRole(t.host(1)));
      opened.push(facilitator, again);
      const texts = facilitator.w.events.flatMap((e) => (e.event.type === 'note.added' ? [e.event.text] : []));
      expect(texts).toEqual(['Første', 'Tredje']);
      expect((await again.send('note:add', { noteId: randomUUID(), text: 'Fjerde' })).ok).toBe(true);
      const res = await fetch(`${url}/api/workshops/${w.id}/export?format=json`, {
        headers: { authorization: `Bearer ${t.facilitator}` },
      });
      expect(res.status).toBe(200);
    } finally {
      await second.close();
    }
  });
});
