import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VisibleEvent } from '@kafe/shared/events';
import { MemoryOutboxStorage } from '@kafe/shared/outbox';
import type { Welcome } from '@kafe/shared/protocol';
import { SyncClient } from '../../../client/src/sync/SyncClient';
import { FakeSocket } from './fakeSocket';
import { created, noteAdded as note, NOW, stored, uuidOf } from './workshop';

const named = (seq: number, name: string): VisibleEvent => stored(seq, { type: 'host.named', table: 1, name });

function welcome(events: VisibleEvent[], reset = false): Welcome {
  return {
    protocol: 1,
    workshopId: 'w1',
    role: 'host',
    table: 1,
    participantId: null,
    reset,
    events,
    joinCode: 'ABCDEF',
    joinUrl: '',
    links: null,
  };
}

async function hostClient() {
  const socket = new FakeSocket();
  let op = 0;
  const client = new SyncClient({
    socket,
    credentials: { kind: 'token', token: 'host-token-1' },
    outbox: { storage: Promise.resolve(new MemoryOutboxStorage()), scope: 'host:t' },
    newOpId: () => uuidOf(1000 + op++),
  });
  await vi.waitFor(() => expect(client.outbox.getState().ready).toBe(true));
  return { socket, client, seq: () => client.workshop.getState().state.seq };
}

const settle = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('the SyncClient', () => {
  it('applies events strictly in order, ignores duplicates, and resyncs from its last seq on a gap', async () => {
    const { socket, client, seq } = await hostClient();
    client.connect();
    socket.welcome(welcome([created]));
    socket.events([note(2, 1), note(2, 1), note(3, 2)]);
    expect(seq()).toBe(3);
    expect(client.workshop.getState().state.noteOrder).toEqual([uuidOf(1), uuidOf(2)]);
    socket.events([note(5, 4)]);
    expect(seq()).toBe(3);
    expect(socket.connects).toBe(2);
    expect(client.handshake()).toMatchObject({ token: 'host-token-1', lastSeq: 3 });
    socket.welcome(welcome([note(4, 3), note(5, 4)]));
    expect(seq()).toBe(5);
  });

  it('replaces its state when the welcome says reset', async () => {
    const { socket, client, seq } = await hostClient();
    client.connect();
    socket.welcome(welcome([created, note(2, 1), note(3, 2)]));
    socket.welcome(welcome([created, named(2, 'Rita')], true));
    expect(seq()).toBe(2);
    expect(client.workshop.getState().state.notes).toEqual({});
    expect(client.workshop.getState().state.hostNames[1]).toBe('Rita');
  });

  it('keeps commands made offline and sends them in order after the welcome', async () => {
    const { socket, client } = await hostClient();
    await client.enqueue('note:add', { noteId: uuidOf(1), text: 'first', round: 1 });
    await client.enqueue('note:star', { noteId: uuidOf(1), starred: true });
    expect(socket.requests).toEqual([]);
    client.connect();
    socket.welcome(welcome([created]));
    await settle();
    const first = socket.next();
    expect([first.name, first.payload]).toEqual([
      'note:add',
      { noteId: uuidOf(1), text: 'first', round: 1, opId: uuidOf(1000) },
    ]);
    expect(socket.requests).toEqual([]);
    first.answer({ ok: true, data: { seq: 2 } });
    await settle();
    expect(socket.next().name).toBe('note:star');
  });

  it('when the browser loses its network, says offline at once and keeps trying to reconnect', async () => {
    const { socket, client } = await hostClient();
    client.connect();
    socket.welcome(welcome([created]));
    expect(client.workshop.getState().connection).toBe('online');
    const connects = socket.connects;
    client.networkLost();
    expect(client.workshop.getState().connection).toBe('offline');
    // Dropped and reopened: socket.io retries by itself until the network is back, and the welcome says online again.
    expect(socket.connects).toBe(connects + 1);
    socket.welcome(welcome([created]));
    expect(client.workshop.getState().connection).toBe('online');
  });

  describe('with fake timers', () => {
    beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
    afterEach(() => vi.useRealTimers());

    it('retries a retryable refusal with backoff, and keeps the entry until it is acknowledged', async () => {
      const { socket, client } = await hostClient();
      client.connect();
      socket.welcome(welcome([created]));
      await client.enqueue('host:name', { name: 'Rita' });
      socket.next().answer({ ok: false, error: { code: 'busy', message: 'later' } });
      await settle();
      expect(socket.requests).toEqual([]);
      expect(client.outbox.getState().entries).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1000);
      socket.next().lose();
      await settle();
      await vi.advanceTimersByTimeAsync(1999);
      expect(socket.requests).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      socket.next().answer({ ok: true, data: { seq: 2 } });
      await settle();
      expect(client.outbox.getState().entries).toEqual([]);
    });
  });

  it('drops a command refused for good, reports it, and goes on with the next', async () => {
    const { socket, client } = await hostClient();
    client.connect();
    socket.welcome(welcome([created]));
    await client.enqueue('note:edit', { noteId: uuidOf(9), text: 'gone' });
    await client.enqueue('host:name', { name: 'Rita' });
    socket.next().answer({ ok: false, error: { code: 'not_found', message: 'no such note' } });
    await settle();
    expect(client.outbox.getState().rejected).toMatchObject({
      entry: { name: 'note:edit' },
      error: { code: 'not_found' },
    });
    expect(socket.next().name).toBe('host:name');
  });

  it('shows pending commands through decide → apply, and drops them once the confirmed state has their events', async () => {
    const { socket, client } = await hostClient();
    client.connect();
    socket.welcome(welcome([created]));
    await client.enqueue('note:add', { noteId: uuidOf(1), text: 'Tillit', round: 1 });
    await client.enqueue('note:star', { noteId: uuidOf(1), starred: true });
    const now = NOW;
    let view = client.view(now);
    expect(view.state.notes[uuidOf(1)]).toMatchObject({
      text: 'Tillit',
      starred: true,
      table: 1,
      questionId: 'q1',
      round: 1,
    });
    expect([...view.pendingNoteIds]).toEqual([uuidOf(1)]);
    expect(client.workshop.getState().state.notes).toEqual({});

    // The server has the note (its event arrives before the ack): the add drops out, the star is still on top.
    socket.events([note(2, 1, 'Tillit')]);
    view = client.view(now);
    expect(view.state.notes[uuidOf(1)]).toMatchObject({ text: 'Tillit', starred: true });
    expect(view.state.seq).toBe(3);
    socket.next().answer({ ok: true, data: { seq: 2 } });
    await settle();
    socket.events([stored(3, { type: 'note.starred', noteId: uuidOf(1), starred: true })]);
    socket.next().answer({ ok: true, data: { seq: 3 } });
    await settle();
    view = client.view(now);
    expect(client.outbox.getState().entries).toEqual([]);
    expect(view.pendingNoteIds.size).toBe(0);
    expect(view.state).toBe(client.workshop.getState().state);
  });

  it('skips a pending command that decide refuses: the server will refuse it too', async () => {
    const { socket, client } = await hostClient();
    client.connect();
    socket.welcome(welcome([created]));
    await client.enqueue('note:edit', { noteId: uuidOf(7), text: 'no such note' });
    expect(client.view(NOW).state.notes).toEqual({});
  });
});
