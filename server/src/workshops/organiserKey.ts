import type { Db } from '../store/db.js';
import { hashToken, newToken } from './secrets.js';

/**
 * The organiser key guards workshop creation. From ORGANISER_KEY when set; otherwise generated on first start,
 * stored hashed, and handed back once so main.ts can print it.
 */
export async function ensureOrganiserKey(db: Db, fromEnv: string | undefined, regenerate = false): Promise<{ hash: string; printable: string | null }> {
  if (fromEnv) return { hash: hashToken(fromEnv), printable: fromEnv };
  const row = (await db.query<{ value: string }>("select value from settings where key = 'organiser_key_hash'")).rows[0];
  if (row && !regenerate) return { hash: row.value, printable: null };
  const key = newToken();
  await db.query(
    "insert into settings (key, value) values ('organiser_key_hash', $1) on conflict (key) do update set value = excluded.value",
    [hashToken(key)],
  );
  return { hash: hashToken(key), printable: key };
}
