// The PGlite adapter (server/src/store/pglite.ts) makes what a commit wrote durable before the commit resolves: PGlite
// itself never fsyncs. The fsync is injected, so these tests count and order calls instead of timing anything.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../server/src/store/db.js';
import type { Fsync } from '../../server/src/store/fsync.js';
import { openPglite } from '../../server/src/store/pglite.js';
import { must } from '../fixtures/must.js';

/** An fsync that records each call when it completes, and can be held shut to see who waits for it. */
class FsyncSpy {
  readonly done: string[] = [];
  readonly held: (() => void)[] = [];
  holding = false;
  readonly fsync: Fsync = async (path) => {
    if (this.holding) await new Promise<void>((release) => this.held.push(release));
    await new Promise((r) => setImmediate(r)); // completes later than it was called, as a real fsync does
    this.done.push(path);
  };
  count(path: string): number {
    return this.done.filter((p) => p === path).length;
  }
}

const dirs: string[] = [];
const freshDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'kafe-sync-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const insert = (db: Db, v: string): Promise<void> =>
  db.transaction(async (tx) => {
    await tx.query('insert into t (v) values ($1)', [v]);
  });

describe('PGlite adapter: WAL fsync before a commit resolves', () => {
  const spy = new FsyncSpy();
  let dir: string;
  let db: Db;
  /** The WAL segment holding the newest record, by PostgreSQL's own naming (a select: it flushes nothing). */
  const newestSegment = async (): Promise<string> =>
    join(
      dir,
      'pg_wal',
      must((await db.query<{ f: string }>('select pg_walfile_name(pg_current_wal_flush_lsn()) as f')).rows[0]).f,
    );

  beforeAll(async () => {
    dir = freshDir();
    db = await openPglite(dir, { fsync: spy.fsync, sweepEveryMs: 3_600_000 });
    await db.exec('create table t (id serial primary key, v text not null)');
  });
  afterAll(async () => {
    await db.close();
  });

  it('a transaction that inserts resolves only after the WAL segment it wrote was fsynced', async () => {
    spy.done.length = 0;
    await insert(db, 'a');
    const syncedBeforeResolve = [...spy.done];
    expect(syncedBeforeResolve).toContain(await newestSegment());
  });

  it('a writing query outside a transaction is flushed too; reads and rollbacks flush nothing', async () => {
    spy.done.length = 0;
    await db.query('update t set v = v');
    expect(spy.done).toContain(await newestSegment());

    spy.done.length = 0;
    await db.query('select count(*) from t');
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into t (v) values ($1)', ['rolled back']);
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(spy.done).toEqual([]);
  });

  it('commits that finish during an fsync share the next one, and none resolves before its own fsync', async () => {
    const segment = await newestSegment();
    spy.done.length = 0;
    spy.holding = true;
    const resolved = new Set<string>();
    const commit = (v: string): Promise<void> => insert(db, v).then(() => void resolved.add(v));

    const first = commit('one');
    await vi.waitFor(() => expect(spy.held).toHaveLength(1)); // its fsync has begun, and is held
    const later = [commit('two'), commit('three')];
    // Both committed (their rows are visible) while the first fsync ran, so it may not cover them.
    await vi.waitFor(async () =>
      expect(must((await db.query<{ n: number }>('select count(*)::int as n from t')).rows[0]).n).toBe(4),
    );
    expect(resolved.size).toBe(0);

    must(spy.held.shift())();
    await first;
    await vi.waitFor(() => expect(spy.held).toHaveLength(1)); // one more fsync round for the two of them, not two
    expect([...resolved]).toEqual(['one']);

    spy.holding = false;
    must(spy.held.shift())();
    await Promise.all(later);
    expect(resolved).toEqual(new Set(['one', 'two', 'three']));
    expect(spy.count(segment)).toBe(2);
  });
});

describe('PGlite adapter: data directory flushes', () => {
  it('checkpoints and flushes every file after writes, periodically and at close', async () => {
    const spy = new FsyncSpy();
    const dir = freshDir();
    const db = await openPglite(dir, { fsync: spy.fsync, sweepEveryMs: 50 });
    const control = join(dir, 'global', 'pg_control');

    await db.exec('create table t (id serial primary key, v text not null)');
    const beforeFirstWrite = [...spy.done];
    expect(beforeFirstWrite, 'the fresh database is flushed before the first write resolves').toContain(control);
    expect(beforeFirstWrite, 'and its directory').toContain(dir);
    await insert(db, 'a');
    await vi.waitFor(() => expect(spy.count(control)).toBeGreaterThanOrEqual(2), { timeout: 10_000 });

    spy.done.length = 0;
    await db.close();
    expect(spy.done).toContain(control); // the shutdown checkpoint rewrote it
    expect(spy.done).toContain(join(dir, 'pg_wal'));
  });
});

describe('PGlite adapter: creating the database', () => {
  it('a first start cut short (initdb half done, entries half moved) is built again from scratch', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, '.initdb', 'base'), { recursive: true });
    writeFileSync(join(dir, '.initdb', 'base', 'junk'), 'half an initdb');
    mkdirSync(join(dir, 'global'));
    writeFileSync(join(dir, 'global', 'pg_control'), 'not a control file');
    const db = await openPglite(dir, { fsync: new FsyncSpy().fsync, sweepEveryMs: 3_600_000 });
    try {
      await db.exec('create table t (id serial primary key, v text not null)');
      await insert(db, 'a');
      expect((await db.query<{ v: string }>('select v from t')).rows).toEqual([{ v: 'a' }]);
      expect(existsSync(join(dir, '.initdb')), 'the staging directory is gone').toBe(false);
      expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
    } finally {
      await db.close();
    }
  });
});
