// The append-only event log (server/src/store/eventStore.ts) on PGlite always, and on PostgreSQL when there is one (pgUrl.ts).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, WorkshopEvent } from '@kafe/shared/events';
import type { Db } from '../../server/src/store/db.js';
import { EventStore, opKey } from '../../server/src/store/eventStore.js';
import { openStore } from '../../server/src/store/open.js';
import { storesOn } from '../../server/src/store/stores.js';
import { WorkshopRepository } from '../../server/src/workshops/repository.js';
import { templateOn, uuidOf } from '../fixtures/workshop.js';
import { freshSchema } from './pgSchema.js';
import { testDatabaseUrl } from './pgUrl.js';

const facilitator: Actor = { role: 'facilitator' };
const host: Actor = { role: 'host', table: 3 };
const AT = Date.parse('2026-03-10T11:45:00.123Z');
const note = (n: number): WorkshopEvent => ({
  type: 'note.added',
  noteId: uuidOf(n),
  table: 3,
  questionId: 'q1',
  round: 1,
  text: `notat ${n}`,
  source: 'host',
});

function eventStoreContract(open: () => Promise<{ db: Db; close: () => Promise<void> }>): void {
  let db: Db;
  let close: () => Promise<void>;
  let store: EventStore;
  let repo: WorkshopRepository;
  beforeAll(async () => {
    ({ db, close } = await open());
    store = new EventStore(db);
    repo = new WorkshopRepository(storesOn(db));
  });
  afterAll(async () => {
    await close();
  });
  const workshop = async (): Promise<string> => (await repo.create(templateOn())).id;
  /** One event after the current head, as the runtime's group commit of one command writes it. */
  const append = async (id: string, opId: string, actor: Actor, event: WorkshopEvent, at: number) => {
    const head = (await store.readSince(id, 0)).length;
    const [stored] = await store.appendBatch(id, head, [{ opId, actor, event, at }]);
    if (!stored) throw new Error('nothing appended');
    return stored;
  };

  it('appends events with seq 1, 2, 3 … and reads them back as written', async () => {
    const id = await workshop();
    const a = await append(id, randomUUID(), facilitator, { type: 'clock.started', planShiftMs: -5 }, AT);
    const b = await append(id, randomUUID(), host, note(1), AT + 1);
    const c = await append(id, randomUUID(), facilitator, { type: 'clock.adjusted', deltaMs: -60_000 }, AT + 2);
    expect([a, b, c].map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(await store.readSince(id, 0)).toEqual([a, b, c]);
    expect(b).toEqual({ seq: 2, at: AT + 1, actor: host, event: note(1) });
  });

  it('readSince returns only the later events, in order', async () => {
    const id = await workshop();
    for (let i = 1; i <= 5; i++) await append(id, randomUUID(), host, note(i), AT + i);
    expect((await store.readSince(id, 2)).map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(await store.readSince(id, 5)).toEqual([]);
    expect(await store.readSince(id, 99)).toEqual([]);
  });

  it('an (actor, opId) already in the log is refused; the same opId from another actor is stored', async () => {
    const id = await workshop();
    const opId = randomUUID();
    await append(id, opId, host, note(1), AT);
    await expect(append(id, opId, host, note(2), AT + 1)).rejects.toThrow();
    const other = await append(
      id,
      opId,
      { role: 'host', table: 4 },
      { type: 'note.added', noteId: uuidOf(3), table: 4, questionId: 'q1', round: 1, text: 'bord 4', source: 'host' },
      AT + 2,
    );
    expect(other.seq).toBe(2);
  });

  it('opIds maps each (actor, opId) to its seq and command fingerprint', async () => {
    const id = await workshop();
    const ops = [randomUUID(), randomUUID()];
    await store.appendBatch(id, 0, [
      { opId: ops[0] ?? '', actor: host, event: note(1), at: AT, opHash: 'h1' },
      { opId: ops[1] ?? '', actor: facilitator, event: note(2), at: AT },
    ]);
    expect(await store.opIds(id)).toEqual(
      new Map([
        [opKey(host, ops[0] ?? ''), { seq: 1, opHash: 'h1' }],
        [opKey(facilitator, ops[1] ?? ''), { seq: 2, opHash: null }],
      ]),
    );
  });

  it('each workshop has its own seqs and its own opIds', async () => {
    const [x, y] = [await workshop(), await workshop()];
    const opId = randomUUID();
    const a = await append(x, opId, host, note(1), AT);
    const b = await append(y, opId, host, note(1), AT);
    expect([a.seq, b.seq]).toEqual([1, 1]);
  });

  it('an append to an unknown workshop fails and writes nothing', async () => {
    await expect(
      store.appendBatch('no-such-workshop', 0, [{ opId: randomUUID(), actor: host, event: note(1), at: AT }]),
    ).rejects.toThrow();
    expect(await store.readSince('no-such-workshop', 0)).toEqual([]);
  });

  it('concurrent batches after the same head: one lands, the others are refused whole', async () => {
    const id = await workshop();
    const settled = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        store.appendBatch(id, 0, [{ opId: randomUUID(), actor: host, event: note(i + 1), at: AT }]),
      ),
    );
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    expect((await store.readSince(id, 0)).map((e) => e.seq)).toEqual([1]);
  });

  it('a row that does not parse is set aside on load, its seq kept by a placeholder, and the rest loads', async () => {
    const id = await workshop();
    await store.appendBatch(
      id,
      0,
      [1, 2, 3].map((n) => ({ opId: randomUUID(), actor: host, event: note(n), at: AT + n })),
    );
    // As an older version with other limits, or a hand edit, might have left it: a round the schema refuses.
    await db.query(
      `update events set payload = jsonb_set(payload, '{round}', '999') where workshop_id = $1 and seq = 2`,
      [id],
    );
    const log = await store.readLog(id);
    expect(log.events.map((e) => [e.seq, e.event.type])).toEqual([
      [1, 'note.added'],
      [2, 'log.unreadable'],
      [3, 'note.added'],
    ]);
    expect(log.unreadable).toEqual([expect.objectContaining({ seq: 2, type: 'note.added' })]);
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
    await expect(
      store.appendBatch(id, 0, [{ opId: randomUUID(), actor: host, event: note(2), at: AT }]),
    ).rejects.toThrow();
    // An opId already in the log: refused whole, including the valid event before it.
    await expect(
      store.appendBatch(id, 1, [
        { opId: randomUUID(), actor: host, event: note(3), at: AT },
        { opId, actor: host, event: note(4), at: AT },
      ]),
    ).rejects.toThrow();
    expect((await store.readSince(id)).map((e) => e.seq)).toEqual([1]);
  });

  it('keeps millisecond times beyond 32 bits and unicode text exactly', async () => {
    const id = await workshop();
    const text = 'Tillit – «økt handlingsrom» for førstelinja 👍';
    await append(id, randomUUID(), host, { ...note(1), text } as WorkshopEvent, 4_102_444_800_123);
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

describe.skipIf(!testDatabaseUrl())('EventStore on PostgreSQL', () => {
  eventStoreContract(async () => {
    const schema = await freshSchema(testDatabaseUrl());
    const db = await openStore({ dataDir: '', databaseUrl: schema.url });
    const tables = await db.query<{ table_name: string }>(
      'select table_name from information_schema.tables where table_schema = current_schema()',
    );
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
