import type { Db } from './db.js';
import { insertToken, type NewToken } from './tokenRows.js';

/** A workshop's row as created: its tokens go in with it. */
export interface NewWorkshop {
  id: string;
  joinCode: string;
  sealedLinks: string;
  tokens: NewToken[];
}

/** A workshop's dates for retention (workshops/retention.ts). */
export interface WorkshopDates {
  id: string;
  /** When its row was made: created, or imported, here. */
  createdAt: number;
  /** Its date and time zone as its latest definition says (null when the log has none). */
  date: string | null;
  timeZone: string | null;
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

  /**
   * Removes a workshop with everything in it, in one transaction: its event log, its tokens and its row. Answers
   * whether there was one. Templates saved from it stay: they hold the agenda and questions, no one's notes or names.
   */
  async deleteWithContent(workshopId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      // The row lock appends take: a command committing now finishes first, and none can follow.
      const row = await tx.query('select 1 from workshops where id = $1 for update', [workshopId]);
      if (row.rows.length === 0) return false;
      await tx.query('delete from events where workshop_id = $1', [workshopId]);
      await tx.query('delete from tokens where workshop_id = $1', [workshopId]);
      await tx.query('delete from workshops where id = $1', [workshopId]);
      return true;
    });
  }

  /**
   * What retention needs of every workshop (or of one): when its row was made (created or imported here) and its date
   * and time zone as its latest definition says.
   */
  async datesOfAll(): Promise<WorkshopDates[]> {
    return this.dates('', []);
  }

  async datesOf(workshopId: string): Promise<WorkshopDates | null> {
    return (await this.dates('where w.id = $1', [workshopId]))[0] ?? null;
  }

  private async dates(where: string, params: unknown[]): Promise<WorkshopDates[]> {
    const rows = await this.db.query<{ id: string; created_at: Date | string; definition: unknown }>(
      `select w.id, w.created_at, d.payload -> 'definition' as definition
         from workshops w
         left join lateral (
           select payload from events
            where workshop_id = w.id and type in ('workshop.created', 'workshop.updated')
            order by seq desc limit 1
         ) d on true
         ${where}`,
      params,
    );
    return rows.rows.map((r) => {
      const def = typeof r.definition === 'object' && r.definition !== null ? r.definition : {};
      const date = 'date' in def && typeof def.date === 'string' ? def.date : null;
      const timeZone = 'timeZone' in def && typeof def.timeZone === 'string' ? def.timeZone : null;
      return { id: r.id, createdAt: new Date(r.created_at).getTime(), date, timeZone };
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
