import type { Db } from './db.js';

/** The settings table: what the server keeps about itself. Today only the organiser key's hash. */
export class SettingsRows {
  constructor(private readonly db: Db) {}

  async organiserKeyHash(): Promise<string | null> {
    return (
      (await this.db.query<{ value: string }>("select value from settings where key = 'organiser_key_hash'")).rows[0]
        ?.value ?? null
    );
  }

  async setOrganiserKeyHash(hash: string): Promise<void> {
    await this.db.query(
      "insert into settings (key, value) values ('organiser_key_hash', $1) on conflict (key) do update set value = excluded.value",
      [hash],
    );
  }
}
