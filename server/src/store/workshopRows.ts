import type { Db } from './db.js';
import { insertToken, type NewToken } from './tokenRows.js';

/** A workshop's row as created: its tokens go in with it. */
export interface NewWorkshop {
  id: string;
  joinCode: string;
  sealedLinks: string;
  tokens: NewToken[];
}

/** The workshops table: ids, join codes, whether joining is open, the sealed links. Content lives in the event log. */
export class WorkshopRows {
  constructor(private readonly db: Db) {}

  /**
   * Stores a new workshop and its tokens in one transaction. A join code collision is unlikely (31^6) but possible:
   * `freshJoinCode` gives another until one is free. Returns the join code stored.
   */
  async insert(workshop: NewWorkshop, freshJoinCode: () => string): Promise<string> {
    return this.db.transaction(async (tx) => {
      let joinCode = workshop.joinCode;
      for (let attempt = 0; ; attempt++) {
        const taken = await tx.query('select 1 from workshops where join_code = $1', [joinCode]);
        if (taken.rows.length === 0) break;
        if (attempt > 20) throw new Error('could not find a free join code');
        joinCode = freshJoinCode();
      }
      await tx.query('insert into workshops (id, join_code, sealed_links) values ($1, $2, $3)', [
        workshop.id,
        joinCode,
        workshop.sealedLinks,
      ]);
      for (const token of workshop.tokens) await insertToken(tx, workshop.id, token);
      return joinCode;
    });
  }

  /** Removes a workshop that never got its first event (an import that failed half-way), so no empty shell is left. */
  async discardEmpty(workshopId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const head = await tx.query<{ last_seq: number }>('select last_seq from workshops where id = $1 for update', [
        workshopId,
      ]);
      if ((head.rows[0]?.last_seq ?? -1) !== 0) return;
      await tx.query('delete from tokens where workshop_id = $1', [workshopId]);
      await tx.query('delete from workshops where id = $1', [workshopId]);
    });
  }

  async exists(workshopId: string): Promise<boolean> {
    return (await this.db.query('select 1 from workshops where id = $1', [workshopId])).rows.length > 0;
  }

  /** Whether any workshop was ever made here (main.ts makes a starter workshop when none was). */
  async anyExists(): Promise<boolean> {
    return (await this.db.query('select 1 from workshops limit 1')).rows.length > 0;
  }

  async findByJoinCode(code: string): Promise<{ id: string; open: boolean } | null> {
    const row = (
      await this.db.query<{ id: string; join_open: boolean }>(
        'select id, join_open from workshops where join_code = $1',
        [code],
      )
    ).rows[0];
    return row ? { id: row.id, open: row.join_open } : null;
  }

  async joinCodeOf(workshopId: string): Promise<string | null> {
    return (
      (await this.db.query<{ join_code: string }>('select join_code from workshops where id = $1', [workshopId]))
        .rows[0]?.join_code ?? null
    );
  }

  /** The screen and host tokens as sealed with the facilitator's (see workshops/sealedLinks.ts); null when none. */
  async sealedLinksOf(workshopId: string): Promise<string | null> {
    return (
      (
        await this.db.query<{ sealed_links: string | null }>('select sealed_links from workshops where id = $1', [
          workshopId,
        ])
      ).rows[0]?.sealed_links ?? null
    );
  }

  /** Whether new phones may join by code (null: no such workshop). */
  async joinOpen(workshopId: string): Promise<boolean | null> {
    return (
      (await this.db.query<{ join_open: boolean }>('select join_open from workshops where id = $1', [workshopId]))
        .rows[0]?.join_open ?? null
    );
  }

  /** Opens or closes joining by code; phones that joined before can always come back. */
  async setJoinOpen(workshopId: string, open: boolean): Promise<void> {
    await this.db.query('update workshops set join_open = $2 where id = $1', [workshopId, open]);
  }
}
