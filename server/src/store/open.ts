import type { Config } from '../config.js';
import type { Db } from './db.js';
import { exclusive, LOCKS } from './exclusive.js';
import { migrate } from './migrate.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

/**
 * PostgreSQL when DATABASE_URL is set, embedded PGlite in DATA_DIR otherwise; migrated either way (on PostgreSQL under
 * a lock, so processes starting together on one database all start).
 */
export async function openStore(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Db> {
  const db = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(config.dataDir);
  await exclusive(db, LOCKS.startup, () => migrate(db));
  return db;
}
