import type { Db } from './db.js';

/** Names of the database-wide locks the server takes; any two 64-bit numbers of our own would do. */
export const LOCKS = { startup: 0x6b616665_01n, starter: 0x6b616665_02n } as const;

/**
 * Runs `fn` while no other server process on the same PostgreSQL runs one under the same lock: two processes starting
 * together migrate one after the other (the second finds nothing left to do) and make one organiser key, one starter
 * workshop. A transaction-scoped advisory lock, held by one pooled connection while `fn` uses the others; released
 * at its end whatever happens, also if this process dies. PGlite is one process: `fn` just runs.
 */
export async function exclusive<T>(db: Db, lock: bigint, fn: () => Promise<T>): Promise<T> {
  if (db.kind !== 'postgres') return fn();
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [lock.toString()]);
    return fn();
  });
}
