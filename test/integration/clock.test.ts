// The facilitator's clock over real sockets: everyone sees the same event; nobody else may touch the clock.
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import type { StoredEvent, VisibleEvent } from '@kafe/shared/events';
import { PROTOCOL_VERSION } from '@kafe/shared/protocol';
import {
  asParticipant,
  asRole,
  connectError,
  createWorkshop,
  join,
  roleTokens,
  send,
  WAIT_MS,
  useApp,
} from './harness.js';
import { must } from '../fixtures/must.js';
import { match } from '../fixtures/match.js';

const h = useApp();
const { opened } = h;

/** A fresh workshop with a connected facilitator, screen, host of table 1 and one participant. */
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
  return { w, facilitator, screen, host, phone };
}
const stored = (workshopId: string): Promise<StoredEvent[]> => h.app.ctx.store.readSince(workshopId, 0);
const ofType = (type: string) => (e: VisibleEvent) => e.event.type === type;

describe('clock:start', () => {
  it('reaches the screen, a host and a participant as the same event with the same seq', async () => {
    const { facilitator, screen, host, phone } = await room();
    const ack = await facilitator.send('clock:start');
    expect(ack).toMatchObject({ ok: true, data: { seq: match.any(Number), duplicate: false } });
    const seq = ack.ok ? ack.data.seq : -1;
    const seen = await Promise.all(
      [facilitator, screen, host, phone].map((c) => c.waitFor(ofType('clock.started'), 'clock.started')),
    );
    for (const e of seen) {
      expect(e.seq).toBe(seq);
      expect(e.event).toEqual(seen[0]?.event);
      expect(e.at).toBe(seen[0]?.at);
    }
  });

  it("is stored once, as the facilitator's", async () => {
    const { w, facilitator } = await room();
    await facilitator.send('clock:start');
    const starts = (await stored(w.id)).filter((e) => e.event.type === 'clock.started');
    expect(starts).toHaveLength(1);
    expect(starts[0]?.actor).toEqual({ role: 'facilitator' });
  });
});

describe('the other clock buttons', () => {
  it('pause, resume, next and +1 minute each reach the screen in order, with contiguous seqs', async () => {
    const { facilitator, screen } = await room();
    const acks = [];
    const buttons = [
      ['clock:start', () => facilitator.send('clock:start')],
      ['clock:pause', () => facilitator.send('clock:pause')],
      ['clock:resume', () => facilitator.send('clock:resume')],
      ['clock:next', () => facilitator.send('clock:next')],
      ['clock:adjust', () => facilitator.send('clock:adjust', { deltaMs: 60_000 })],
    ] as const;
    for (const [name, press] of buttons) {
      const ack = await press();
      expect(ack.ok, name).toBe(true);
      if (ack.ok) acks.push(ack.data.seq);
    }
    await screen.waitForSeq(must(acks.at(-1)));
    const clock = screen.events.filter((e) => e.event.type.startsWith('clock.'));
    expect(clock.map((e) => e.event)).toEqual([
      { type: 'clock.started', planShiftMs: match.any(Number) },
      { type: 'clock.paused' },
      { type: 'clock.resumed' },
      { type: 'clock.jumped', segmentId: 'round-1' },
      { type: 'clock.adjusted', deltaMs: 60_000 },
    ]);
    expect(clock.map((e) => e.seq)).toEqual(acks);
    for (let i = 1; i < acks.length; i++) expect(acks[i]).toBe(must(acks[i - 1]) + 1);
  });

  it('a button pressed at the wrong moment is refused as a conflict with a message, and nothing is stored', async () => {
    const { w, facilitator } = await room();
    const before = (await stored(w.id)).length;
    const ack = await facilitator.send('clock:pause');
    expect(ack).toEqual({ ok: false, error: { code: 'conflict', message: 'the clock is not running' } });
    expect((await stored(w.id)).length).toBe(before);
  });
});

describe('only the facilitator runs the clock', () => {
  it('a host, a participant and a screen get forbidden for clock:start, and nothing is appended', async () => {
    const { w, screen, host, phone } = await room();
    for (const c of [host, phone, screen]) {
      const ack = await c.send('clock:start');
      expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden', message: match.any(String) } });
    }
    const events = await stored(w.id);
    expect(events.some((e) => e.event.type.startsWith('clock.'))).toBe(false);
  });

  it('a host cannot pause a running clock', async () => {
    const { w, facilitator, host } = await room();
    await facilitator.send('clock:start');
    expect(await host.send('clock:pause')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await stored(w.id)).filter((e) => e.event.type === 'clock.paused')).toEqual([]);
  });
});

describe('handshake', () => {
  it('an old protocol version is told so: connect_error with code unsupported_protocol', async () => {
    const w = await createWorkshop(h.url);
    const err = await connectError(h.url, { v: PROTOCOL_VERSION + 99, token: w.facilitatorToken, lastSeq: 0 });
    expect(err.data).toMatchObject({ code: 'unsupported_protocol', message: match.stringMatching(/reload/) });
  });

  it('a wrong token: connect_error unauthorized', async () => {
    const err = await connectError(h.url, asRole('this-is-not-a-real-token'));
    expect(err.data).toMatchObject({ code: 'unauthorized' });
  });

  it('no credentials at all: connect_error unauthorized', async () => {
    const err = await connectError(h.url, { v: PROTOCOL_VERSION });
    expect(err.data).toMatchObject({ code: 'unauthorized' });
  });

  it('a malformed handshake: connect_error bad_request', async () => {
    const err = await connectError(h.url, { v: 'one', lastSeq: -1 });
    expect(err.data).toMatchObject({ code: 'bad_request' });
  });

  it('an unknown join code: connect_error not_found', async () => {
    const err = await connectError(h.url, asParticipant('ZZZZZZ'));
    expect(err.data).toMatchObject({ code: 'not_found' });
  });

  it("a socket opened by a page on another site is refused, one from the page's own origin is not", async () => {
    const w = await createWorkshop(h.url);
    const err = await connectError(h.url, asRole(w.facilitatorToken), { origin: 'http://evil.example' });
    expect(err).toBeInstanceOf(Error);
    const own = io(h.url, {
      transports: ['websocket'],
      auth: asRole(w.facilitatorToken),
      forceNew: true,
      reconnection: false,
      extraHeaders: { origin: h.url },
    });
    try {
      await new Promise<void>((resolve, reject) => {
        own.once('welcome', () => resolve());
        own.once('connect_error', reject);
      });
    } finally {
      own.disconnect();
    }
  });

  it('a join code typed in lower case with a dash still joins', async () => {
    const w = await createWorkshop(h.url);
    const code = `${w.joinCode.slice(0, 3)}-${w.joinCode.slice(3)}`.toLowerCase();
    const phone = await join(h.url, asParticipant(code));
    opened.push(phone);
    expect(phone.w).toMatchObject({ role: 'participant', workshopId: w.id, links: null });
  });
});

describe('malformed commands', () => {
  const cases: [string, string, unknown][] = [
    ['a missing opId', 'clock:start', {}],
    ['an opId that is not a UUID', 'clock:start', { opId: 'abc' }],
    ['a wrong type', 'clock:adjust', { opId: randomUUID(), deltaMs: 'sixty' }],
    ['a fractional number', 'clock:adjust', { opId: randomUUID(), deltaMs: 1.5 }],
    ['an extra field', 'clock:start', { opId: randomUUID(), force: true }],
    ['a number instead of an object', 'clock:start', 42],
    ['a string instead of an object', 'clock:start', 'start'],
    ['null', 'clock:start', null],
    ['an array', 'clock:start', [randomUUID()]],
  ];

  for (const [what, name, payload] of cases) {
    it(`${what} gets bad_request and changes nothing`, async () => {
      const { w, facilitator } = await room();
      const before = (await stored(w.id)).length;
      const ack = (await facilitator.socket.timeout(WAIT_MS).emitWithAck(name, payload)) as unknown;
      expect(ack).toMatchObject({ ok: false, error: { code: 'bad_request', message: match.any(String) } });
      expect((await stored(w.id)).length).toBe(before);
    });
  }

  it('the server survives garbage: no ack callback, unknown events, odd payloads; the next good command works', async () => {
    const { w, facilitator } = await room();
    facilitator.socket.emit('clock:start');
    facilitator.socket.emit('clock:pause', 'garbage');
    facilitator.socket.emit('no:such:command', { opId: randomUUID() }, () => undefined);
    facilitator.socket.emit('time:sync', 'not a number', () => undefined);
    facilitator.socket.emit('clock:adjust', { opId: randomUUID(), deltaMs: Number.MAX_SAFE_INTEGER }, () => undefined);
    const ack = await send(facilitator.socket, 'clock:start');
    expect(ack).toMatchObject({ ok: true });
    expect((await stored(w.id)).filter((e) => e.event.type === 'clock.started')).toHaveLength(1);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });

  it('a message over 64 KB drops only that connection; the others carry on', async () => {
    const { facilitator, screen } = await room();
    const dropped = new Promise<void>((resolve) => facilitator.socket.once('disconnect', () => resolve()));
    facilitator.socket.emit('note:add', { opId: randomUUID(), text: 'x'.repeat(100 * 1024) }, () => undefined);
    await dropped;
    expect(await screen.send('clock:start')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('time sync', () => {
  it("answers with the client's t0 and the server time", async () => {
    const { facilitator } = await room();
    const before = Date.now();
    const reply = (await facilitator.socket.timeout(WAIT_MS).emitWithAck('time:sync', 123.5)) as {
      t0: number;
      server: number;
    };
    expect(reply.t0).toBe(123.5);
    expect(reply.server).toBeGreaterThanOrEqual(before);
  });
});
