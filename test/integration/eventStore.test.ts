// The append-only event log (server/src/store/eventStore.ts) on PGlite always, and on PostgreSQL when DATABASE_URL is set.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, WorkshopEvent } from '@kafe/shared/events';
import type { Db } from '../../server/src/store/db.js';
import { EventStore } from '../../server/src/store/eventStore.js';
import { openStore } from '../../server/src/store/open.js';
import { WorkshopRepository } from '../../server/src/workshops/repository.js';
import { templateOn, uuidOf } from '../fixtures/workshop.js';
import { freshSchema } from './pgSchema.js';

const facilitator: Actor = { role: 'facilitator' };
const host: Actor = { role: 'host', table: 3 };
const AT = Date.parse('2026-03-10T11:45:00.123Z');
const note = (n: number): WorkshopEvent => ({ type: 'note.added', noteId: uuidOf(n), table: 3, questionId: 'q1', round: 1, text: `notat ${n}`, source: 'host' });

function eventStoreContract(open: () => Promise<{ db: Db; close: () => Promise<void> }>): void {
  let db: Db;
  let close: () => Promise<void>;
  let store: EventStore;
  let repo: WorkshopRepository;
  beforeAll(async () => {
    ({ db, close } = await open());
    store = new EventStore(db);
    repo = new WorkshopRepository(db);
  });
  afterAll(async () => {
    await close?.();
  });
  const workshop = async (): Promise<string> => (await repo.create(templateOn())).id;

  it('appends events with seq 1, 2, 3 … and reads them back as written', async () => {
    const id = await workshop();
    const a = await store.append(id, randomUUID(), facilitator, { type: 'clock.started', planShiftMs: -5 }, AT);
    const b = await store.append(id, randomUUID(), host, note(1), AT + 1);
    const c = await store.append(id, randomUUID(), facilitator, { type: 'clock.adjusted', deltaMs: -60_000 }, AT + 2);
    expect([a, b, c].map((r) => [r.event.seq, r.duplicate])).toEqual([[1, false], [2, false], [3, false]]);
    expect(await store.readSince(id, 0)).toEqual([a.event, b.event, c.event]);
    expect(b.event).toEqual({ seq: 2, at: AT + 1, actor: host, event: note(1) });
  });

  it('readSince returns only the later events, in order', async () => {
    const id = await workshop();
    for (let i = 1; i <= 5; i++) await store.append(id, randomUUID(), host, note(i), AT + i);
    expect((await store.readSince(id, 2)).map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(await store.readSince(id, 5)).toEqual([]);
    expect(await store.readSince(id, 99)).toEqual([]);
  });

  it('a repeated opId returns the original event, marked duplicate, and appends nothing', async () => {
    const id = await workshop();
    const opId = randomUUID();
    const first = await store.append(id, opId, host, note(1), AT);
    const again = await store.append(id, opId, facilitator, { type: 'clock.paused' }, AT + 5000);
    expect(again).toEqual({ event: first.event, duplicate: true });
    expect(await store.readSince(id, 0)).toEqual([first.event]);
    const next = await store.append(id, randomUUID(), host, note(2), AT + 1);
    expect(next.event.seq).toBe(2);
  });

  it('opIds maps each opId to its seq', async () => {
    const id = await workshop();
    const ops = [randomUUID(), randomUUID()];
    for (const [i, op] of ops.entries()) await store.append(id, op, host, note(i + 1), AT);
    expect(await store.opIds(id)).toEqual(new Map([[ops[0], 1], [ops[1], 2]]));
  });

  it('each workshop has its own seqs and its own opIds', async () => {
    const [x, y] = [await workshop(), await workshop()];
    const opId = randomUUID();
    const a = await store.append(x, opId, host, note(1), AT);
    const b = await store.append(y, opId, host, note(1), AT);
    expect([a.event.seq, a.duplicate, b.event.seq, b.duplicate]).toEqual([1, false, 1, false]);
  });

  it('an append to an unknown workshop fails and writes nothing', async () => {
    await expect(store.append('no-such-workshop', randomUUID(), host, note(1), AT)).rejects.toThrow();
    expect(await store.readSince('no-such-workshop', 0)).toEqual([]);
  });

  it('concurrent appends to one workshop get distinct, contiguous seqs', async () => {
    const id = await workshop();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.append(id, randomUUID(), host, note(i + 1), AT + i)));
    expect(results.map((r) => r.event.seq).sort((p, q) => p - q)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await store.readSince(id, 0)).map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('concurrent appends to different workshops do not disturb each other', async () => {
    const ids = await Promise.all([workshop(), workshop(), workshop()]);
    await Promise.all(ids.flatMap((id) => Array.from({ length: 5 }, (_, i) => store.append(id, randomUUID(), host, note(i + 1), AT))));
    for (const id of ids) expect((await store.readSince(id, 0)).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('the same opId sent concurrently is stored once and both callers get its seq', async () => {
    const id = await workshop();
    const opId = randomUUID();
    const settled = await Promise.allSettled([store.append(id, opId, host, note(1), AT), store.append(id, opId, host, note(1), AT)]);
    const ok = settled.filter((s) => s.status === 'fulfilled').map((s) => s.value);
    expect(ok).toHaveLength(2);
    expect(ok.map((r) => r.event.seq)).toEqual([1, 1]);
    expect(ok.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(await store.readSince(id, 0)).toHaveLength(1);
  });

  it('appendBatch (the group commit the server uses) appends several events after the given seq, in one transaction', async () => {
    const id = await workshop();
    const stored = await store.appendBatch(id, 0, [
      { opId: randomUUID(), actor: host, event: note(1), at: AT },
      { opId: randomUUID(), actor: host, event: note(2), at: AT + 1 },
    ]);
    expect(stored.map((e) => e.seq)).toEqual([1, 2]);
    expect((await store.readSince(id)).map((e) => e.event)).toEqual([note(1), note(2)]);
  });

  it('appendBatch refuses a stale head or a reused opId and writes nothing of the batch', async () => {
    const id = await workshop();
    const opId = randomUUID();
    await store.appendBatch(id, 0, [{ opId, actor: host, event: note(1), at: AT }]);
    // Another writer moved the log on: the batch is refused whole.
    await expect(store.appendBatch(id, 0, [{ opId: randomUUID(), actor: host, event: note(2), at: AT }])).rejects.toThrow();
    // An opId already in the log: refused whole, including the valid event before it.
    await expect(store.appendBatch(id, 1, [
      { opId: randomUUID(), actor: host, event: note(3), at: AT },
      { opId, actor: host, event: note(4), at: AT },
    ])).rejects.toThrow();
    expect((await store.readSince(id)).map((e) => e.seq)).toEqual([1]);
  });

  it('keeps millisecond times beyond 32 bits and unicode text exactly', async () => {
    const id = await workshop();
    const text = 'Tillit – «økt handlingsrom» for førstelinja 👍';
    await store.append(id, randomUUID(), host, { ...note(1), text } as WorkshopEvent, 4_102_444_800_123);
    const [e] = await store.readSince(id, 0);
    expect(e?.at).toBe(4_102_444_800_123);
    expect(e?.event).toMatchObject({ text });
  });
}

describe('EventStore on PGlite', () => {
  eventStoreContract(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kafe-store-'));
    const db = await openStore({ dataDir, databaseUrl: undefined });
    return {
      db,
      close: async () => {
        await db.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  });
});

describe.skipIf(!process.env.DATABASE_URL)('EventStore on PostgreSQL (DATABASE_URL)', () => {
  eventStoreContract(async () => {
    const schema = await freshSchema(process.env.DATABASE_URL ?? '');
    const db = await openStore({ dataDir: '', databaseUrl: schema.url });
    const tables = await db.query<{ table_name: string }>('select table_name from information_schema.tables where table_schema = current_schema()');
    expect(tables.rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(['events', 'workshops']));
    return {
      db,
      close: async () => {
        await db.close();
        await schema.drop();
      },
    };
  });
});
