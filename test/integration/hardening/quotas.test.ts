// Quotas follow a person or an address, never a socket: more sockets with one key multiply nothing.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { asParticipant, asRole, connectError, createWorkshop, join, send, startApp, useApp } from '../harness.js';

const h = useApp();
const { opened } = h;

describe('per-person command limits', () => {
  it('three sockets with the same phone key share one bucket: 180 seat changes in a burst, at most 60 plus the refill land', async () => {
    const w = await createWorkshop(h.url);
    const key = randomUUID();
    const facilitator = await join(h.url, asRole(w.facilitatorToken));
    const sockets = [];
    for (let i = 0; i < 3; i++) sockets.push(await join(h.url, asParticipant(w.joinCode, key)));
    opened.push(facilitator, ...sockets);
    const started = performance.now();
    const acks = await Promise.all(sockets.flatMap((s, i) => Array.from({ length: 60 }, (_, n) => s.send('participant:table', { table: ((i * 60 + n) % 2) + 1 }))));
    const elapsedS = (performance.now() - started) / 1000;
    const accepted = acks.filter((a) => a.ok).length;
    // The bucket holds 60 and refills 15 a second: whatever the machine's speed, no more can pass than that.
    expect(accepted).toBeLessThanOrEqual(60 + Math.ceil(15 * elapsedS) + 1);
    expect(acks.filter((a) => !a.ok && a.error.code === 'rate_limited').length).toBe(180 - accepted);
  });

  it('a seat that changes nothing is acknowledged but appends nothing, and no one hears of it', async () => {
    const w = await createWorkshop(h.url);
    const facilitator = await join(h.url, asRole(w.facilitatorToken));
    const phone = await join(h.url, asParticipant(w.joinCode));
    opened.push(facilitator, phone);
    const seated = await phone.send<{ seq: number }>('participant:table', { table: 2 });
    const again = await phone.send<{ seq: number }>('participant:table', { table: 2 });
    expect(seated.ok && again.ok).toBe(true);
    // Marker: a later event reaches the facilitator; the repeated seat made no event before it.
    const marker = await facilitator.send<{ seq: number }>('message:show', { messageId: randomUUID(), text: 'Markør' });
    if (!marker.ok || !seated.ok) throw new Error('refused');
    await facilitator.waitForSeq(marker.data.seq);
    const seats = [...facilitator.w.events, ...facilitator.events].filter((e) => e.event.type === 'participant.seated');
    expect(seats).toHaveLength(1);
    expect(marker.data.seq).toBe(seated.data.seq + 1);
  });
});

describe('handshake limits', () => {
  it('one phone key reconnecting in a loop is told to wait ("busy") after a burst; other phones still join', async () => {
    const w = await createWorkshop(h.url);
    const key = randomUUID();
    const codes: string[] = [];
    for (let i = 0; i < 30; i++) {
      const attempt = await join(h.url, asParticipant(w.joinCode, key)).then(
        (c) => (c.close(), 'ok'),
        (err: Error & { data?: { code: string } }) => err.data?.code ?? 'error',
      );
      codes.push(attempt);
    }
    expect(codes.slice(0, 20)).toEqual(Array(20).fill('ok'));
    expect(codes.slice(20).filter((c) => c === 'busy').length).toBeGreaterThanOrEqual(8);
    const other = await join(h.url, asParticipant(w.joinCode));
    opened.push(other);
    expect(other.w.role).toBe('participant');
  });

  it('connections per IP are capped; a closed one frees its place', async () => {
    const small = await startApp({ limits: { maxConnectionsPerIp: 4 } });
    try {
      const w = await createWorkshop(small.url);
      const four = await Promise.all(Array.from({ length: 4 }, () => join(small.url, asParticipant(w.joinCode))));
      const refused = await connectError(small.url, asParticipant(w.joinCode));
      expect(refused.data?.code).toBe('busy');
      four[0]?.close();
      // The server learns of the close a moment later: retry until the freed place is taken (waiting, not timing).
      let fifth: Awaited<ReturnType<typeof join>> | null = null;
      for (let i = 0; i < 50 && !fifth; i++) {
        fifth = await join(small.url, asParticipant(w.joinCode)).catch(() => null);
        if (!fifth) await new Promise((r) => setTimeout(r, 100));
      }
      if (!fifth) throw new Error('the freed place was never given back');
      expect(fifth.w.role).toBe('participant');
      [...four, fifth].forEach((c) => c.close());
    } finally {
      await small.close();
    }
  });

  it('a workshop at its participant cap turns new phones away ("full") and lets known ones back', async () => {
    const small = await startApp({ limits: { maxParticipants: 2 } });
    try {
      const w = await createWorkshop(small.url);
      const keys = [randomUUID(), randomUUID()];
      const two = await Promise.all(keys.map((k) => join(small.url, asParticipant(w.joinCode, k))));
      two.forEach((c) => c.close());
      const third = await connectError(small.url, asParticipant(w.joinCode));
      expect(third.data).toEqual({ code: 'full', message: expect.stringMatching(/full/) });
      const back = await join(small.url, asParticipant(w.joinCode, keys[0]));
      expect(back.w.role).toBe('participant');
      back.close();
    } finally {
      await small.close();
    }
  });

  it('clock pings beyond the per-socket allowance go unanswered, the others are answered', async () => {
    const w = await createWorkshop(h.url);
    const host = await join(h.url, asRole(w.facilitatorToken));
    opened.push(host);
    const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => host.socket.timeout(1500).emitWithAck('time:sync', i).then(() => 'answered', () => 'dropped')));
    expect(replies.filter((r) => r === 'answered').length).toBeGreaterThanOrEqual(16);
    expect(replies.filter((r) => r === 'dropped').length).toBeGreaterThan(0);
    // After the flood, the same socket still syncs its clock once the allowance refills.
    await new Promise((r) => setTimeout(r, 1100));
    await expect(host.socket.timeout(3000).emitWithAck('time:sync', 1)).resolves.toMatchObject({ t0: 1 });
  });
});
