// A PostgreSQL schema of its own for one test file, so tests never touch a database's real tables (DATABASE_URL).
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export interface TestSchema {
  /** DATABASE_URL with search_path set to the new schema. */
  url: string;
  drop(): Promise<void>;
}

export async function freshSchema(base: string): Promise<TestSchema> {
  const schema = `kafe_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  return {
    url: `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    async drop() {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}
