// The SyncClient's photo lane: an upload that keeps failing backs off on its own timer, and the notes typed meanwhile
// are sent at once without cutting that backoff short (the network is the page's fetch, answering 503 to the upload).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryOutboxStorage } from '@kafe/shared/outbox';
import type { Welcome } from '@kafe/shared/protocol';
import { SyncClient } from '../../../client/src/sync/SyncClient';
import { FakeSocket } from './fakeSocket';
import { created, uuidOf } from './workshop';

const welcome: Welcome = {
  protocol: 1,
  workshopId: 'w1',
  role: 'host',
  table: 1,
  participantId: null,
  reset: false,
  events: [created],
  joinCode: 'ABCDEF',
  joinUrl: '',
  links: null,
};

const settle = (): Promise<void> => new Promise((r) => setImmediate(r));
const photo = new Blob([new Uint8Array(2048)], { type: 'image/jpeg' });
const facts = { photoId: uuidOf(77), round: 1, mime: 'image/jpeg' as const, width: 1600, height: 1200, bytes: 2048 };

describe('the SyncClient’s photo lane', () => {
  let uploads = 0;
  let photoEndpoint: 'down' | 'up' = 'down';

  beforeEach(() => {
    uploads = 0;
    photoEndpoint = 'down';
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('fetch', () => {
      uploads++;
      return Promise.resolve(
        photoEndpoint === 'down'
          ? new Response('<h1>503 Service Unavailable</h1>', { status: 503 })
          : Response.json({ seq: 2, photoId: facts.photoId }, { status: 201 }),
      );
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('a failing upload waits out its backoff while the notes typed after it are sent at once', async () => {
    const socket = new FakeSocket();
    let op = 0;
    const client = new SyncClient({
      socket,
      credentials: { kind: 'token', token: 'host-token-1' },
      outbox: { storage: Promise.resolve(new MemoryOutboxStorage()), scope: 'host:t' },
      newOpId: () => uuidOf(1000 + op++),
    });
    await vi.waitFor(() => expect(client.outbox.getState().ready).toBe(true));
    client.connect();
    socket.welcome(welcome);

    await client.enqueue('photo:add', facts, photo);
    await settle();
    expect(uploads).toBe(1);

    for (const n of [1, 2, 3]) {
      await client.enqueue('note:add', { noteId: uuidOf(n), text: `note ${n}`, round: 1 });
      await settle();
      const sent = socket.next();
      expect([sent.name, sent.payload]).toMatchObject(['note:add', { noteId: uuidOf(n) }]);
      sent.answer({ ok: true, data: { seq: 1 + n, duplicate: false } });
      await settle();
    }
    // Three notes went out, and none of them made the photo try again before its backoff ran out.
    expect(uploads).toBe(1);
    expect(client.outbox.getState().entries.map((e) => e.name)).toEqual(['photo:add']);

    photoEndpoint = 'up';
    await vi.advanceTimersByTimeAsync(1000);
    expect(uploads).toBe(2);
    // The answer names seq 2: the photo leaves the outbox once its event is here (or after a while without it).
    await vi.advanceTimersByTimeAsync(8000);
    await settle();
    expect(client.outbox.getState().entries).toEqual([]);
    client.close();
  });
});
