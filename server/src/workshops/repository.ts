import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { Db } from '../store/db.js';
import { openRoleTokens, sealRoleTokens, type RoleTokens } from './sealedLinks.js';
import { hashToken, newJoinCode, newToken, newWorkshopId } from './secrets.js';

export type TokenRole = 'facilitator' | 'host' | 'screen';

export interface TokenGrant {
  workshopId: string;
  role: TokenRole;
  table: number | null;
  revoked: boolean;
}

/** The plain tokens of a new workshop: handed out once, in the creation response, and never stored in the clear. */
export interface WorkshopSecrets {
  id: string;
  joinCode: string;
  facilitatorToken: string;
  screenToken: string;
  hostTokens: { table: number; token: string }[];
}

/** Workshops, their join codes and their role tokens. The content of a workshop lives in its event log. */
export class WorkshopRepository {
  constructor(private readonly db: Db) {}

  async create(def: WorkshopDefinition): Promise<WorkshopSecrets> {
    const id = newWorkshopId();
    const secrets: WorkshopSecrets = {
      id,
      joinCode: newJoinCode(),
      facilitatorToken: newToken(),
      screenToken: newToken(),
      hostTokens: Array.from({ length: def.tables }, (_, i) => ({ table: i + 1, token: newToken() })),
    };
    await this.db.transaction(async (tx) => {
      // A join code collision is unlikely (31^6) but possible: retry with a fresh code.
      for (let attempt = 0; ; attempt++) {
        const taken = await tx.query('select 1 from workshops where join_code = $1', [secrets.joinCode]);
        if (taken.rows.length === 0) break;
        if (attempt > 20) throw new Error('could not find a free join code');
        secrets.joinCode = newJoinCode();
      }
      const sealed = sealRoleTokens(secrets.facilitatorToken, { screenToken: secrets.screenToken, hostTokens: secrets.hostTokens });
      await tx.query('insert into workshops (id, join_code, sealed_links) values ($1, $2, $3)', [id, secrets.joinCode, sealed]);
      const grants: [string, TokenRole, number | null][] = [
        [secrets.facilitatorToken, 'facilitator', null],
        [secrets.screenToken, 'screen', null],
        ...secrets.hostTokens.map((h): [string, TokenRole, number] => [h.token, 'host', h.table]),
      ];
      for (const [token, role, table] of grants) {
        await tx.query('insert into tokens (hash, workshop_id, role, table_no) values ($1, $2, $3, $4)', [hashToken(token), id, role, table]);
      }
    });
    return secrets;
  }

  async findToken(token: string): Promise<TokenGrant | null> {
    const row = (
      await this.db.query<{ workshop_id: string; role: TokenRole; table_no: number | null; revoked_at: unknown }>(
        'select workshop_id, role, table_no, revoked_at from tokens where hash = $1',
        [hashToken(token)],
      )
    ).rows[0];
    return row ? { workshopId: row.workshop_id, role: row.role, table: row.table_no, revoked: row.revoked_at !== null } : null;
  }

  async findByJoinCode(code: string): Promise<{ id: string; open: boolean } | null> {
    const row = (await this.db.query<{ id: string; join_open: boolean }>('select id, join_open from workshops where join_code = $1', [code])).rows[0];
    return row ? { id: row.id, open: row.join_open } : null;
  }

  async joinCodeOf(workshopId: string): Promise<string | null> {
    return (await this.db.query<{ join_code: string }>('select join_code from workshops where id = $1', [workshopId])).rows[0]?.join_code ?? null;
  }

  /** The screen and host tokens, for the facilitator who holds `facilitatorToken`. */
  async roleTokens(workshopId: string, facilitatorToken: string): Promise<RoleTokens | null> {
    const row = (await this.db.query<{ sealed_links: string | null }>('select sealed_links from workshops where id = $1', [workshopId])).rows[0];
    return row?.sealed_links ? openRoleTokens(facilitatorToken, row.sealed_links) : null;
  }

  /** Removes a workshop that never got its first event (an import that failed half-way), so no empty shell is left. */
  async discardEmpty(workshopId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const head = await tx.query<{ last_seq: number }>('select last_seq from workshops where id = $1 for update', [workshopId]);
      if (Number(head.rows[0]?.last_seq ?? -1) !== 0) return;
      await tx.query('delete from tokens where workshop_id = $1', [workshopId]);
      await tx.query('delete from workshops where id = $1', [workshopId]);
    });
  }

  async exists(workshopId: string): Promise<boolean> {
    return (await this.db.query('select 1 from workshops where id = $1', [workshopId])).rows.length > 0;
  }

  /** Whether new phones may join by code (null: no such workshop). */
  async joinOpen(workshopId: string): Promise<boolean | null> {
    return (await this.db.query<{ join_open: boolean }>('select join_open from workshops where id = $1', [workshopId])).rows[0]?.join_open ?? null;
  }

  /** Opens or closes joining by code; phones that joined before can always come back. */
  async setJoinOpen(workshopId: string, open: boolean): Promise<void> {
    await this.db.query('update workshops set join_open = $2 where id = $1', [workshopId, open]);
  }
}
