import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './db.js';
import { fsyncPath, syncTree, type Fsync } from './fsync.js';
import { initDataDir } from './pgliteInit.js';
import { WalSync } from './walSync.js';

export interface PgliteOptions {
  /** How files are flushed to stable storage; a test passes one that records. */
  fsync?: Fsync;
  /** How often the data directory is checkpointed and flushed when something was written. */
  sweepEveryMs?: number;
}

export const SWEEP_EVERY_MS = 30_000;

/**
 * PGlite's own start parameters (which include -F, fsync off: its filesystem layer could not fsync anyway), plus a WAL
 * that outlives a checkpoint. Data files and pg_control reach the disk only at our sweep after a checkpoint; until
 * then a power cut may leave the previous pg_control, whose redo point needs the WAL the checkpoint would have removed.
 * Checkpoints come at most every max_wal_size of WAL, and wal_keep_size keeps that much behind the newest record.
 *
 * shared_buffers is 16 MB, not PostgreSQL's 128 MB: PGlite's buffers live in its WebAssembly memory, which is resident
 * once touched and never given back, and this database is small (the workshops being run live in memory; it is read
 * when one loads) with the operating system's page cache behind it. That is ~130 MB less RSS at idle.
 */
const START_PARAMS = [
  ...PGlite.defaultStartParams,
  ...['-c', 'max_wal_size=256MB', '-c', 'wal_keep_size=256MB'],
  ...['-c', 'shared_buffers=16MB'],
];

/** Statements that write nothing worth an fsync; anything else run outside a transaction is flushed before it resolves. */
const READ_ONLY = /^\s*(select|show)\b/i;

/**
 * Embedded PostgreSQL in this process, stored in `dataDir`. PGlite itself never fsyncs (it writes through to the files
 * at once, but only into the page cache), so this adapter does: a transaction, or a writing query, resolves only after
 * the WAL it wrote is fsynced; an acknowledged event survives kill -9 and a power cut. Data files are flushed by a
 * periodic sweep (checkpoint, then fsync the whole directory) and at close. The README's "Durability" says what holds.
 */
export async function openPglite(dataDir: string, opts: PgliteOptions = {}): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  const fsync = opts.fsync ?? fsyncPath;
  await initDataDir(dataDir, fsync);
  const pg = await PGlite.create(dataDir, { startParams: START_PARAMS });
  // The recovery after a crash has just written without a single fsync: that is made the durable start before anything
  // is acknowledged (the WAL's first flush waits for it), but in the background: ~1,000 files take a second on a busy
  // machine, and a restart that writes nothing need not wait for them to print its links.
  const durableStart = syncTree(dataDir, fsync);
  durableStart.catch(() => undefined); // not unhandled: every WAL flush awaits it, and fails with its error
  const wal = await walSyncFor(pg, dataDir, fsync, durableStart);

  let sweeping: Promise<void> | undefined;
  const sweep = (): void => {
    if (!wal.wrote || sweeping) return;
    wal.wrote = false; // before it starts: what is written during the sweep gets the next one
    sweeping = (async () => {
      await pg.query('checkpoint'); // data files and pg_control catch up with the WAL, then are flushed below
      await syncTree(dataDir, fsync);
    })()
      .catch((err: unknown) => {
        console.error(
          '[store] could not flush the data directory; no command will be acknowledged until a restart:',
          err,
        );
        wal.fail(err);
      })
      .finally(() => {
        sweeping = undefined;
      });
  };
  const timer = setInterval(sweep, opts.sweepEveryMs ?? SWEEP_EVERY_MS);
  timer.unref();

  const asQueryable = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      const res = await q.query<Row>(sql, params);
      return { rows: res.rows };
    },
  });
  return {
    kind: 'pglite',
    async query<Row>(sql: string, params: unknown[] = []) {
      const res = await pg.query<Row>(sql, params);
      if (!READ_ONLY.test(sql)) await wal.flush();
      return { rows: res.rows };
    },
    transaction: async (fn) => {
      const result = await pg.transaction((tx) => fn(asQueryable(tx)));
      await wal.flush(); // committed: its WAL is durable before the caller hears so (a rollback throws past this)
      return result;
    },
    exec: async (sql) => {
      await pg.exec(sql);
      await wal.flush();
    },
    close: async () => {
      clearInterval(timer);
      await durableStart.catch(() => undefined); // a failure here has failed every flush already
      await sweeping;
      await wal.idle();
      await pg.close(); // the shutdown checkpoint writes every dirty page and pg_control, unflushed like the rest
      await syncTree(dataDir, fsync);
    },
  };
}

/** The row of a select that has no from clause: there is always exactly one. */
function oneRow<Row>(rows: Row[]): Row {
  const [row] = rows;
  if (row === undefined) throw new Error('PGlite answered no row to a select without from');
  return row;
}

async function walSyncFor(pg: PGlite, dataDir: string, fsync: Fsync, durableStart: Promise<void>): Promise<WalSync> {
  // An LSN minus '0/0' is its byte position as a numeric, which BigInt takes as text.
  const position = `(pg_current_wal_flush_lsn() - '0/0'::pg_lsn)::text`;
  const start = await pg.query<{ timeline: string; segment_size: string; lsn: string }>(
    `select substr(pg_walfile_name(pg_current_wal_flush_lsn()), 1, 8) as timeline,
            (select setting from pg_settings where name = 'wal_segment_size') as segment_size,
            ${position} as lsn`,
  );
  const row = oneRow(start.rows);
  return new WalSync({
    walDir: join(dataDir, 'pg_wal'),
    timeline: row.timeline,
    segmentSize: BigInt(row.segment_size),
    syncedLsn: BigInt(row.lsn), // durableStart flushes everything up to here
    durableStart,
    flushedLsn: async () => BigInt(oneRow((await pg.query<{ lsn: string }>(`select ${position} as lsn`)).rows).lsn),
    fsync,
  });
}
