import type { Db, Queryable } from './db.js';

export type TokenRole = 'facilitator' | 'host' | 'screen';

/** A role token as stored: only its hash, whose workshop and role it opens, and whether it was replaced. */
export interface StoredToken {
  workshopId: string;
  role: TokenRole;
  table: number | null;
  revoked: boolean;
}

/** A token to store: its hash, and the role (a host's with its table) it opens. */
export interface NewToken {
  hash: string;
  role: TokenRole;
  table: number | null;
}

/** What replacing a link writes: the role's live token is revoked, `token` stored instead, and the links sealed again. */
export interface LinkReplacement {
  token: NewToken;
  sealedLinks: string;
}

export async function insertToken(tx: Queryable, workshopId: string, token: NewToken): Promise<void> {
  await tx.query('insert into tokens (hash, workshop_id, role, table_no) values ($1, $2, $3, $4)', [
    token.hash,
    workshopId,
    token.role,
    token.table,
  ]);
}

/** The tokens table: role tokens are looked up by hash and replaced, never stored in the clear. */
export class TokenRows {
  constructor(private readonly db: Db) {}

  async findByHash(hash: string): Promise<StoredToken | null> {
    const row = (
      await this.db.query<{ workshop_id: string; role: TokenRole; table_no: number | null; revoked_at: unknown }>(
        'select workshop_id, role, table_no, revoked_at from tokens where hash = $1',
        [hash],
      )
    ).rows[0];
    return row
      ? { workshopId: row.workshop_id, role: row.role, table: row.table_no, revoked: row.revoked_at !== null }
      : null;
  }

  /**
   * Replaces one role's link in one transaction. The workshop's sealed links are read under a row lock and handed to
   * `plan`, which opens them and says what to write (or null: nothing, and the answer is null). Two replacements of
   * the same workshop therefore run one after the other, each sealing what the other wrote.
   */
  async replace<T>(
    workshopId: string,
    plan: (sealedLinks: string | null) => { replacement: LinkReplacement; result: T } | null,
  ): Promise<T | null> {
    return this.db.transaction(async (tx) => {
      const row = (
        await tx.query<{ sealed_links: string | null }>('select sealed_links from workshops where id = $1 for update', [
          workshopId,
        ])
      ).rows[0];
      const planned = row ? plan(row.sealed_links) : null;
      if (!planned) return null;
      const { token, sealedLinks } = planned.replacement;
      await tx.query(
        'update tokens set revoked_at = now() where workshop_id = $1 and role = $2 and table_no is not distinct from $3 and revoked_at is null',
        [workshopId, token.role, token.table],
      );
      await insertToken(tx, workshopId, token);
      await tx.query('update workshops set sealed_links = $2 where id = $1', [workshopId, sealedLinks]);
      return planned.result;
    });
  }
}
