import pg from 'pg';
import type { Db, Queryable } from './db.js';
import { listenOn } from './pgListener.js';

/** PostgreSQL through a connection pool, for organisers who outgrow one process (DATABASE_URL). */
export async function openPostgres(connectionString: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection the database dropped (a restart, a network cut) is an error event: logged, never a crash. The
  // pool makes a new connection for the next query.
  pool.on('error', (err) => console.error('[store] a PostgreSQL connection failed:', err.message));
  await pool.query('select 1');
  const asQueryable = (c: Pick<pg.Pool, 'query'>): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      const res = await c.query(sql, params);
      return { rows: res.rows as Row[] };
    },
  });
  return {
    kind: 'postgres',
    ...asQueryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const out = await fn(asQueryable(client));
        await client.query('commit');
        return out;
      } catch (e) {
        await client.query('rollback').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    listen: (channel, handlers) => listenOn(connectionString, channel, handlers),
    close: () => pool.end(),
  };
}
