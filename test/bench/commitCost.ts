// commitCost: what making a commit durable costs on the embedded store. 200 single-event group commits (an insert and
// a head update in one transaction, the shape of EventStore.appendBatch) one after another on a fresh PGlite
// directory: with the adapter's real WAL fsync; with its fsync replaced by a no-op (what is left is the adapter's
// WAL position query); and on bare PGlite (the adapter before: page cache only). Each after 20 warm-up commits. Then 200 commits from 8 concurrent writers, to show commits finishing together share an fsync.
// Also the time of one data directory sweep (checkpoint + flush every file), which runs every 30 s after writes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../server/src/store/db.js';
import { fsyncPath, syncTree, type Fsync } from '../../server/src/store/fsync.js';
import { PGlite } from '@electric-sql/pglite';
import { openPglite } from '../../server/src/store/pglite.js';
import { log, round, summary } from './lib/stats.js';

const COMMITS = 200;
const WARM_UP = 20;
const WRITERS = 8;
const SCHEMA =
  'create table bench_events (seq int primary key, at bigint, type text, payload jsonb); create table bench_head (last_seq int); insert into bench_head values (0)';

interface Run {
  p50Ms: number;
  p99Ms: number;
  commitsPerS: number;
}

type Committer = Pick<Db, 'transaction'>;

async function commit(db: Committer, seq: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('insert into bench_events (seq, at, type, payload) values ($1, $2, $3, $4)', [
      seq,
      Date.now(),
      'note.added',
      { text: `notat ${seq}` },
    ]);
    await tx.query('update bench_head set last_seq = $1', [seq]);
  });
}

async function withDb<T>(fsync: Fsync, fn: (db: Db, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'kafe-bench-commit-'));
  const db = await openPglite(dir, { fsync });
  try {
    await db.exec(SCHEMA);
    for (let i = 1; i <= WARM_UP; i++) await commit(db, -i);
    return await fn(db, dir);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `writers` loops sharing one counter, until COMMITS are done after `from`; per-commit latency and overall rate. */
async function measure(db: Committer, writers: number, from = 0): Promise<Run> {
  const times: number[] = [];
  let next = from;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < from + COMMITS) {
        const seq = ++next;
        const t0 = performance.now();
        await commit(db, seq);
        times.push(performance.now() - t0);
      }
    }),
  );
  const s = summary(times, 2);
  return { p50Ms: s.p50, p99Ms: s.p99, commitsPerS: round(COMMITS / ((performance.now() - started) / 1000), 0) };
}

/** PGlite without the adapter: a commit resolves once its WAL is in the page cache. */
async function bare(): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'kafe-bench-commit-'));
  const pg = await PGlite.create(dir);
  try {
    await pg.exec(SCHEMA);
    const db: Committer = { transaction: (fn) => pg.transaction((tx) => fn(tx)) };
    for (let i = 1; i <= WARM_UP; i++) await commit(db, -i);
    return await measure(db, 1);
  } finally {
    await pg.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function bench(): Promise<unknown> {
  let walSyncs = 0;
  const counting: Fsync = (path, isDir) => {
    if (path.includes('pg_wal')) walSyncs++;
    return fsyncPath(path, isDir);
  };
  const noFsync: Fsync = () => Promise.resolve();

  const barePglite = await bare();
  const withoutFsync = await withDb(noFsync, (db) => measure(db, 1));
  const withFsync = await withDb(counting, async (db, dir) => {
    walSyncs = 0;
    const sequential = await measure(db, 1);
    const sequentialSyncs = walSyncs;
    walSyncs = 0;
    const concurrent = await measure(db, WRITERS, COMMITS);
    const concurrentSyncs = walSyncs;
    const t0 = performance.now();
    await db.query('checkpoint');
    await syncTree(dir, fsyncPath);
    const sweepMs = round(performance.now() - t0, 1);
    return {
      sequential: { ...sequential, walFsyncs: sequentialSyncs },
      [`writers${WRITERS}`]: { ...concurrent, walFsyncs: concurrentSyncs },
      sweepMs,
    };
  });
  const extra = round(withFsync.sequential.p50Ms - withoutFsync.p50Ms, 2);
  log(
    `commit p50: ${barePglite.p50Ms} ms bare PGlite, ${withoutFsync.p50Ms} ms adapter without fsync, ${withFsync.sequential.p50Ms} ms with (+${extra} ms)`,
  );
  return { commits: COMMITS, barePglite, withoutFsync, withFsync, fsyncCostP50Ms: extra };
}
