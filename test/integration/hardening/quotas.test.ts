// Quotas follow a person or an address, never a socket: more sockets with one key multiply nothing.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JOIN_GATE_SETTINGS } from '../../../server/src/limits/appLimits.js';
import {
  asParticipant,
  asRole,
  connect,
  connectError,
  createWorkshop,
  join,
  refusalCode,
  roleTokens,
  startApp,
  useApp,
} from '../harness.js';
import { match } from '../../fixtures/match.js';

const h = useApp();
const { opened } = h;

describe('per-person command limits', () => {
  it('three sockets with the same phone key share one bucket: of 180 seat changes sent at once, exactly 60 land', async () => {
    // The app's clock stands still, so the bucket never refills: what passes is the burst of one person, exactly.
    const frozen = await startApp({ now: () => Date.parse('2026-03-10T12:10:00Z') });
    try {
      const w = await createWorkshop(frozen.url);
      const key = randomUUID();
      const sockets = [];
      for (let i = 0; i < 3; i++) sockets.push(await join(frozen.url, asParticipant(w.joinCode, key)));
      const acks = await Promise.all(
        sockets.flatMap((s, i) =>
          Array.from({ length: 60 }, (_, n) => s.send('participant:table', { table: ((i * 60 + n) % 2) + 1 })),
        ),
      );
      expect(acks.filter((a) => a.ok)).toHaveLength(60);
      expect(acks.filter((a) => !a.ok && a.error.code === 'rate_limited')).toHaveLength(120);
      sockets.forEach((s) => s.close());
    } finally {
      await frozen.close();
    }
  });

  it('a seat that changes nothing is acknowledged but appends nothing, and no one hears of it', async () => {
    const w = await createWorkshop(h.url);
    const facilitator = await join(h.url, asRole(w.facilitatorToken));
    const phone = await join(h.url, asParticipant(w.joinCode));
    opened.push(facilitator, phone);
    const seated = await phone.send('participant:table', { table: 2 });
    const again = await phone.send('participant:table', { table: 2 });
    expect(seated.ok && again.ok).toBe(true);
    // Marker: a later event reaches the facilitator; the repeated seat made no event before it.
    const marker = await facilitator.send('message:show', { messageId: randomUUID(), text: 'Markør' });
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
      const attempt = await join(h.url, asParticipant(w.joinCode, key)).then((c) => (c.close(), 'ok'), refusalCode);
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
      expect(third.data).toEqual({ code: 'full', message: match.stringMatching(/full/) });
      const back = await join(small.url, asParticipant(w.joinCode, keys[0]));
      expect(back.w.role).toBe('participant');
      back.close();
    } finally {
      await small.close();
    }
  });

  it('clock pings beyond the per-socket allowance go unanswered; once the allowance refills they are answered again', async () => {
    let now = Date.parse('2026-03-10T12:10:00Z');
    const clocked = await startApp({ now: () => now });
    try {
      const w = await createWorkshop(clocked.url);
      const screen = await join(clocked.url, asRole(roleTokens(w).screen));
      const ping = (t0: number) =>
        screen.socket
          .timeout(1500)
          .emitWithAck('time:sync', t0)
          .then(
            () => 'answered',
            () => 'dropped',
          );
      const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => ping(i)));
      expect(replies.filter((r) => r === 'answered')).toHaveLength(16);
      now += 2_000; // two seconds on the app's clock: two more pings allowed
      expect(await Promise.all([ping(1), ping(2), ping(3)])).toEqual(['answered', 'answered', 'dropped']);
      screen.close();
    } finally {
      await clocked.close();
    }
  });

  it('a phone that leaves while its handshake is still being checked gives its connection back', async () => {
    const small = await startApp({ limits: { maxConnectionsPerIp: 3 } });
    try {
      const w = await createWorkshop(small.url);
      // Put the IP in the join line, where a right code waits its turn (100 ms apart) before it is let in.
      for (let i = 0; i < JOIN_GATE_SETTINGS.maxFailures; i++) await connectError(small.url, asParticipant('ZZZZZ8'));
      for (let i = 0; i < 5; i++) {
        const leaving = connect(small.url, asParticipant(w.joinCode));
        await new Promise((r) => setTimeout(r, 10));
        leaving.close();
      }
      // Had those five kept their places, three would fill the cap for good. The line lets phones in one by one.
      let phone: Awaited<ReturnType<typeof join>> | null = null;
      for (let i = 0; i < 50 && !phone; i++) {
        phone = await join(small.url, asParticipant(w.joinCode)).catch(() => null);
        if (!phone) await new Promise((r) => setTimeout(r, 100));
      }
      expect(phone?.w.role).toBe('participant');
      phone?.close();
    } finally {
      await small.close();
    }
  });
});
