// A seeded storm of hostile messages from every role against the real server process, then kill -9 and a restart:
// the server never crashes, no role does what it may not, and every workshop loads, exports and takes a note again.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role, StoredEvent, VisibleEvent } from '@kafe/shared/events';
import { COMMAND_NAMES } from '@kafe/shared/protocol';
import { rng } from '../../bench/lib/stats.js';
import { buildServer, ServerProcess } from '../../e2e/serverProcess.js';
import { KEY, asParticipant, asRole, createWorkshop, join, roleTokens, type Client } from '../harness.js';
import { hostileMessage, type FuzzMemory } from './hostile.js';
import { must } from '../../fixtures/must.js';

const MESSAGES = 3000;
const SEED = 20261202;
let server: ServerProcess | undefined;
const opened: Client[] = [];

beforeAll(buildServer, 240_000);

afterAll(async () => {
  for (const c of opened) c.close();
  await server?.stop();
});

/** 24 short rounds with mixing and open ideas: legal, and beyond what the limits once agreed on. */
const unusual = {
  title: 'Uvanlig',
  settings: { mixing: true, ideas: 'open' },
  questions: [
    { id: 'q1', text: 'Hva virker?' },
    { id: 'q2', text: 'Hva nå?' },
  ],
  agenda: Array.from({ length: 24 }, (_, i) => ({
    id: `r${i + 1}`,
    kind: 'round',
    title: `Runde ${i + 1}`,
    start: `${String(8 + Math.floor(i / 6)).padStart(2, '0')}:${String((i % 6) * 10).padStart(2, '0')}`,
    durationMin: 10,
    questionId: i % 2 ? 'q2' : 'q1',
  })),
};

/** Who may have caused each stored event: anything else in the log is something a role did that it may not. */
function allowed(e: StoredEvent, noteTables: Map<string, number>): boolean {
  const { actor, event } = e;
  const facilitator = actor.role === 'facilitator';
  const hostOf = (table: number | undefined): boolean =>
    facilitator || (actor.role === 'host' && actor.table === table);
  const samePhone = (participantId: string): boolean =>
    actor.role === 'participant' && actor.participantId === participantId;
  switch (event.type) {
    case 'workshop.created':
      return actor.role === 'organiser';
    case 'attendance.peak':
      return actor.role === 'system';
    case 'note.added':
      if (event.source === 'participant') return actor.role === 'participant';
      return event.source === 'host' ? actor.role === 'host' && actor.table === event.table : facilitator;
    case 'note.edited':
    case 'note.deleted':
    case 'note.restored':
    case 'note.starred':
    case 'note.moderated':
      return hostOf(noteTables.get(event.noteId));
    case 'summary.set':
    case 'host.named':
      return hostOf(event.table);
    case 'participant.joined':
    case 'participant.renamed':
    case 'participant.seated':
    case 'vote.cast':
    case 'evaluation.answered':
      return samePhone(event.participantId);
    case 'composition.set':
      return hostOf(event.table);
    case 'participant.grouped':
      return samePhone(event.participantId);
    case 'photo.added':
      return actor.role === 'host' && actor.table === event.table;
    // Which table's photo a host may remove is checked in test/integration/photos (uploads come over HTTP, not here).
    case 'photo.removed':
      return facilitator || actor.role === 'host';
    case 'log.unreadable':
      return false;
    default:
      return facilitator;
  }
}

describe('a seeded storm of hostile messages', () => {
  it(`${MESSAGES} messages from every role: no crash, nothing unauthorised, and after kill -9 every workshop loads, exports and takes a note`, async () => {
    server = await ServerProcess.start({ organiserKey: KEY });
    const url = server.base;
    const workshops = [
      await createWorkshop(url, { title: 'Vanlig', settings: { ideas: 'open' } }),
      await createWorkshop(url, unusual),
    ];
    const clients: { client: Client; role: Role }[] = [];
    for (const w of workshops) {
      const t = roleTokens(w);
      const shared = randomUUID(); // one phone with two sockets
      const keys = [shared, shared, randomUUID(), randomUUID()];
      const who: [Role, ReturnType<typeof asRole>][] = [
        ['facilitator', asRole(t.facilitator)],
        ['host', asRole(t.host(1))],
        ['host', asRole(t.host(2))],
        ['screen', asRole(t.screen)],
        ...keys.map((k): [Role, ReturnType<typeof asRole>] => ['participant', asParticipant(w.joinCode, k)]),
      ];
      for (const [role, auth] of who) clients.push({ client: await join(url, auth), role });
    }
    opened.push(...clients.map((c) => c.client));
    const mem: FuzzMemory = {
      noteIds: [],
      opIds: [],
      segmentIds: ['intro', 'r1', 'r21', 'nope', ''],
      questionIds: ['q1', 'q2', 'q3', 'q99'],
    };
    const rand = rng(SEED);
    const known = new Set<string>(COMMAND_NAMES);
    const unanswered: string[] = [];
    const internal: string[] = [];
    const outcomes = new Map<string, number>();
    let inFlight: Promise<void>[] = [];
    for (let i = 0; i < MESSAGES; i++) {
      const { client, role } = must(clients[Math.floor(rand() * clients.length)]);
      const msg = hostileMessage(rand, mem, role);
      const payload = msg.payload;
      if (typeof payload === 'object' && payload && 'noteId' in payload && typeof payload.noteId === 'string')
        mem.noteIds.push(payload.noteId);
      if (!known.has(msg.name)) {
        // Unknown names (and 'welcome', a server→client message) have no handler to answer: sent without waiting.
        client.socket.emit(msg.name, payload, () => undefined);
        continue;
      }
      inFlight.push(
        client.socket
          .timeout(8000)
          .emitWithAck(msg.name, payload)
          .then(
            (ack: unknown) => {
              const code =
                typeof ack === 'object' && ack && 'ok' in ack
                  ? ack.ok
                    ? 'ok'
                    : 'error' in ack && typeof ack.error === 'object' && ack.error && 'code' in ack.error
                      ? String(ack.error.code)
                      : 'malformed'
                  : 'malformed';
              outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
              if (code === 'internal') internal.push(`${msg.name} ${JSON.stringify(payload)} → ${JSON.stringify(ack)}`);
            },
            () => void unanswered.push(msg.name),
          ),
      );
      // A steady stream, a few dozen in flight: hostile, but paced like a room rather than a flood (the quotas have
      // their own tests); pauses let the per-person buckets refill so many commands reach decide.
      if (inFlight.length >= 24) {
        await Promise.all(inFlight);
        inFlight = [];
        await new Promise((r) => setTimeout(r, 150));
      }
    }
    await Promise.all(inFlight);
    console.log('fuzz outcomes:', Object.fromEntries(outcomes));

    expect(unanswered, 'every known command is answered').toEqual([]);
    expect(outcomes.get('malformed') ?? 0).toBe(0);
    expect(internal, 'no command makes the server fail').toEqual([]);
    expect(outcomes.get('ok') ?? 0, 'some commands were accepted, so decide was reached').toBeGreaterThan(150);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    await server.kill('SIGKILL');
    clients.forEach((c) => c.client.close());
    await server.spawn();
    for (const w of workshops) {
      const t = roleTokens(w);
      const facilitator = await join(url, asRole(t.facilitator));
      const host = await join(url, asRole(t.host(1)));
      opened.push(facilitator, host);
      // The facilitator is sent every event but a phone's group (redacted: never shown next to the person); the
      // stream still covers every seq, gap-free.
      const covered = facilitator.w.events.flatMap((e: VisibleEvent) => {
        const last = 'through' in e && typeof e.through === 'number' ? e.through : e.seq;
        return Array.from({ length: last - e.seq + 1 }, (_, i) => e.seq + i);
      });
      expect(covered).toEqual(covered.map((_, i) => i + 1));
      const log = facilitator.w.events.filter((e: VisibleEvent): e is StoredEvent => e.actor !== null);
      const noteTables = new Map(
        log.flatMap((e) => (e.event.type === 'note.added' ? [[e.event.noteId, e.event.table] as const] : [])),
      );
      const forbidden = log.filter((e) => !allowed(e, noteTables));
      expect(forbidden.map((e) => `${e.seq} ${e.event.type} by ${JSON.stringify(e.actor)}`)).toEqual([]);
      for (const format of ['json', 'md', 'csv', 'docx', 'html']) {
        const res = await fetch(`${url}/api/workshops/${w.id}/export?format=${format}`, {
          headers: { authorization: `Bearer ${t.facilitator}` },
        });
        expect(res.status, `export ${format}`).toBe(200);
      }
      expect((await host.send('note:add', { noteId: randomUUID(), text: 'Et vanlig notat etter stormen' })).ok).toBe(
        true,
      );
    }
  }, 300_000);
});
