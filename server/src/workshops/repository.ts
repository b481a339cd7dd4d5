import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { StoredToken, TokenRole, TokenRows } from '../store/tokenRows.js';
import type { WorkshopRows } from '../store/workshopRows.js';
import { openRoleTokens, sealRoleTokens, type RoleTokens } from './sealedLinks.js';
import { hashToken, newJoinCode, newToken, newWorkshopId } from './secrets.js';

/** The plain tokens of a new workshop: handed out once, in the creation response, and never stored in the clear. */
export interface WorkshopSecrets {
  id: string;
  joinCode: string;
  facilitatorToken: string;
  screenToken: string;
  hostTokens: { table: number; token: string }[];
}

/**
 * Workshops and their secrets: made here, stored only as hashes and a seal (store/ keeps the rows), and opened again
 * only with the token that opens them. The content of a workshop lives in its event log.
 */
export class WorkshopRepository {
  private readonly workshops: WorkshopRows;
  private readonly tokens: TokenRows;

  constructor(rows: { workshops: WorkshopRows; tokens: TokenRows }) {
    this.workshops = rows.workshops;
    this.tokens = rows.tokens;
  }

  async create(def: WorkshopDefinition): Promise<WorkshopSecrets> {
    const secrets: WorkshopSecrets = {
      id: newWorkshopId(),
      joinCode: newJoinCode(),
      facilitatorToken: newToken(),
      screenToken: newToken(),
      hostTokens: Array.from({ length: def.tables }, (_, i) => ({ table: i + 1, token: newToken() })),
    };
    const grants: [string, TokenRole, number | null][] = [
      [secrets.facilitatorToken, 'facilitator', null],
      [secrets.screenToken, 'screen', null],
      ...secrets.hostTokens.map((h): [string, TokenRole, number] => [h.token, 'host', h.table]),
    ];
    secrets.joinCode = await this.workshops.insert(
      {
        id: secrets.id,
        joinCode: secrets.joinCode,
        sealedLinks: sealRoleTokens(secrets.facilitatorToken, {
          screenToken: secrets.screenToken,
          hostTokens: secrets.hostTokens,
        }),
        tokens: grants.map(([token, role, table]) => ({ hash: hashToken(token), role, table })),
      },
      newJoinCode,
    );
    return secrets;
  }

  /** What a role token opens, and whether it was replaced (auth/authorize.ts turns it into a grant or a refusal). */
  async findToken(token: string): Promise<StoredToken | null> {
    return this.tokens.findByHash(hashToken(token));
  }

  /** The screen and host tokens, for the facilitator who holds `facilitatorToken`. */
  async roleTokens(workshopId: string, facilitatorToken: string): Promise<RoleTokens | null> {
    const sealed = await this.workshops.sealedLinksOf(workshopId);
    return sealed ? openRoleTokens(facilitatorToken, sealed) : null;
  }
}
