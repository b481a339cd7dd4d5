// A retried command (same opId) is answered with the original ack and appends nothing.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { VisibleEvent } from '@kafe/shared/events';
import { WorkshopRuntime } from '../../server/src/workshops/runtime.js';
import { asRole, join, WAIT_MS, type Client, useApp } from './harness.js';
import { match } from '../fixtures/match.js';
import { openRoom } from './room.js';

const h = useApp();
const { opened } = h;

const room = () => openRoom(h);
const emit = (c: Client, name: string, payload: Record<string, unknown>) =>
  c.socket.timeout(WAIT_MS).emitWithAck(name, payload) as Promise<unknown>;
const count = (events: VisibleEvent[], type: string) => events.filter((e) => e.event.type === type).length;

/** Sends a marker command and waits until `watcher` has it: any broadcast sent before it has arrived by then. */
async function drain(facilitator: Client, watcher: Client): Promise<void> {
  const ack = (await emit(facilitator, 'host:name', { opId: randomUUID(), table: 1, name: 'Rita' })) as {
    ok: boolean;
    data: { seq: number };
  };
  expect(ack.ok).toBe(true);
  await watcher.waitForSeq(ack.data.seq);
}

describe('the same opId sent twice', () => {
  it('one after the other: the second ack has the same seq and duplicate true; one event is stored and broadcast', async () => {
    const { w, facilitator, screen } = await room();
    const opId = randomUUID();
    const first = await emit(facilitator, 'clock:start', { opId });
    const second = await emit(facilitator, 'clock:start', { opId });
    expect(first).toMatchObject({ ok: true, data: { duplicate: false } });
    expect(second).toEqual({ ok: true, data: { seq: (first as { data: { seq: number } }).data.seq, duplicate: true } });
    await drain(facilitator, screen);
    expect(count(screen.events, 'clock.started')).toBe(1);
    expect(count(await h.app.ctx.store.readSince(w.id), 'clock.started')).toBe(1);
  });

  it('at once (a retry racing the original): both acks carry the same seq, one event', async () => {
    const { w, facilitator, screen } = await room();
    const opId = randomUUID();
    const acks = (await Promise.all([
      emit(facilitator, 'clock:start', { opId }),
      emit(facilitator, 'clock:start', { opId }),
    ])) as {
      ok: boolean;
      data: { seq: number; duplicate: boolean };
    }[];
    expect(acks.every((a) => a.ok)).toBe(true);
    expect(acks[0]?.data.seq).toBe(acks[1]?.data.seq);
    expect(acks.map((a) => a.data.duplicate).sort()).toEqual([false, true]);
    await drain(facilitator, screen);
    expect(count(screen.events, 'clock.started')).toBe(1);
    expect(count(await h.app.ctx.store.readSince(w.id), 'clock.started')).toBe(1);
  });

  it('from a new connection after a reconnect (the outbox replays): still one note', async () => {
    const { w, t, facilitator, host, screen } = await room();
    const opId = randomUUID();
    const noteId = randomUUID();
    const first = (await emit(host, 'note:add', { opId, noteId, text: 'Tillit gir handlingsrom' })) as {
      ok: boolean;
      data: { seq: number };
    };
    expect(first.ok).toBe(true);
    host.close();
    const again = await join(h.url, asRole(t.host(1), first.data.seq));
    opened.push(again);
    expect(await emit(again, 'note:add', { opId, noteId, text: 'Tillit gir handlingsrom' })).toEqual({
      ok: true,
      data: { seq: first.data.seq, duplicate: true },
    });
    await drain(facilitator, screen);
    expect(count(screen.events, 'note.added')).toBe(1);
    const notes = (await h.app.ctx.store.readSince(w.id)).filter((e) => e.event.type === 'note.added');
    expect(notes).toHaveLength(1);
  });

  it('with another command: answered conflict, and nothing of the second is stored', async () => {
    const { w, facilitator } = await room();
    const opId = randomUUID();
    await emit(facilitator, 'clock:start', { opId });
    const second = await emit(facilitator, 'clock:adjust', { opId, deltaMs: 60_000 });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(count(await h.app.ctx.store.readSince(w.id), 'clock.adjusted')).toBe(0);
  });

  it("from another actor: it is that actor's own command, and is stored (a host's note is never taken for a replay)", async () => {
    const { w, t, facilitator, host } = await room();
    const opId = randomUUID();
    expect(await emit(facilitator, 'clock:start', { opId })).toMatchObject({ ok: true, data: { duplicate: false } });
    const host2 = await join(h.url, asRole(t.host(2)));
    opened.push(host2);
    const [a, b] = await Promise.all([
      emit(host, 'note:add', { opId, noteId: randomUUID(), text: 'Bord 1 sitt notat' }),
      emit(host2, 'note:add', { opId, noteId: randomUUID(), text: 'Bord 2 sitt notat' }),
    ]);
    expect([a, b]).toEqual([
      match.objectContaining({ ok: true, data: match.objectContaining({ duplicate: false }) }),
      match.objectContaining({ ok: true, data: match.objectContaining({ duplicate: false }) }),
    ]);
    const notes = (await h.app.ctx.store.readSince(w.id)).filter((e) => e.event.type === 'note.added');
    expect(notes.map((e) => (e.event.type === 'note.added' ? e.event.text : '')).sort()).toEqual([
      'Bord 1 sitt notat',
      'Bord 2 sitt notat',
    ]);
  });

  it('after a restart the fingerprint is still known: another command under a stored opId is a conflict', async () => {
    const { w, facilitator } = await room();
    const opId = randomUUID();
    await emit(facilitator, 'clock:start', { opId });
    // A fresh runtime reads the (actor, opId) index back from the store, as after a restart.
    const reloaded = await WorkshopRuntime.load(
      w.id,
      h.app.ctx.store,
      () => undefined,
      () => undefined,
    );
    const result = await reloaded.run(
      opId,
      { role: 'facilitator' },
      () => ({ ok: true, event: { type: 'clock.paused' } }),
      Date.now,
      'another-fingerprint',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('a refused command can be retried with the same opId once it is allowed', async () => {
    const { facilitator } = await room();
    const opId = randomUUID();
    expect(await emit(facilitator, 'clock:pause', { opId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await emit(facilitator, 'clock:start', { opId: randomUUID() });
    expect(await emit(facilitator, 'clock:pause', { opId })).toMatchObject({ ok: true, data: { duplicate: false } });
  });
});

describe('opIds belong to their workshop', () => {
  it('the same opId in two workshops appends in both', async () => {
    const a = await room();
    const b = await room();
    const opId = randomUUID();
    expect(await emit(a.facilitator, 'clock:start', { opId })).toMatchObject({ ok: true, data: { duplicate: false } });
    expect(await emit(b.facilitator, 'clock:start', { opId })).toMatchObject({ ok: true, data: { duplicate: false } });
  });
});
