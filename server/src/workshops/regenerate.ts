import type { Db } from '../store/db.js';
import { openRoleTokens, sealRoleTokens, type RoleTokens } from './sealedLinks.js';
import { hashToken, newToken } from './secrets.js';

/** Whose link to replace: the projector's, or one table host's. */
export type LinkTarget = { role: 'screen' } | { role: 'host'; table: number };
/** A link that was just replaced: a role link, or the facilitator's own. */
export type RevokedLink = LinkTarget | { role: 'facilitator' };

/** The facilitator's own link with its new token, and the role tokens now sealed with it. */
export interface ReplacedFacilitator {
  facilitatorToken: string;
  tokens: RoleTokens;
}

/**
 * Replaces one role link (a tablet went missing, a link was shared too widely): the old token is revoked, so it gets a
 * clear 403 from now on, and a new one is issued and sealed in with the others for the facilitator. One transaction.
 * Returns null when `facilitatorToken` cannot open this workshop's links or the table does not exist.
 */
export async function regenerateLink(db: Db, workshopId: string, facilitatorToken: string, target: LinkTarget): Promise<RoleTokens | null> {
  return db.transaction(async (tx) => {
    const row = (await tx.query<{ sealed_links: string | null }>('select sealed_links from workshops where id = $1 for update', [workshopId])).rows[0];
    const tokens = row?.sealed_links ? openRoleTokens(facilitatorToken, row.sealed_links) : null;
    if (!tokens) return null;
    if (target.role === 'host' && !tokens.hostTokens.some((h) => h.table === target.table)) return null;
    const token = newToken();
    const table = target.role === 'host' ? target.table : null;
    await tx.query(
      'update tokens set revoked_at = now() where workshop_id = $1 and role = $2 and table_no is not distinct from $3 and revoked_at is null',
      [workshopId, target.role, table],
    );
    await tx.query('insert into tokens (hash, workshop_id, role, table_no) values ($1, $2, $3, $4)', [hashToken(token), workshopId, target.role, table]);
    const next: RoleTokens =
      target.role === 'screen'
        ? { ...tokens, screenToken: token }
        : { ...tokens, hostTokens: tokens.hostTokens.map((h) => (h.table === target.table ? { table: h.table, token } : h)) };
    await tx.query('update workshops set sealed_links = $2 where id = $1', [workshopId, sealRoleTokens(facilitatorToken, next)]);
    return next;
  });
}

/**
 * Replaces the facilitator's own link (it was shared too widely, or shown on a projector): the old token is revoked at
 * once and a new one issued. The role tokens are sealed with the facilitator's token, so they are opened with the old
 * one and sealed again with the new one in the same transaction; no other link changes. Returns null when
 * `facilitatorToken` cannot open this workshop's links.
 */
export async function regenerateFacilitator(db: Db, workshopId: string, facilitatorToken: string): Promise<ReplacedFacilitator | null> {
  return db.transaction(async (tx) => {
    const row = (await tx.query<{ sealed_links: string | null }>('select sealed_links from workshops where id = $1 for update', [workshopId])).rows[0];
    const tokens = row?.sealed_links ? openRoleTokens(facilitatorToken, row.sealed_links) : null;
    if (!tokens) return null;
    const token = newToken();
    await tx.query("update tokens set revoked_at = now() where workshop_id = $1 and role = 'facilitator' and revoked_at is null", [workshopId]);
    await tx.query("insert into tokens (hash, workshop_id, role, table_no) values ($1, $2, 'facilitator', null)", [hashToken(token), workshopId]);
    await tx.query('update workshops set sealed_links = $2 where id = $1', [workshopId, sealRoleTokens(token, tokens)]);
    return { facilitatorToken: token, tokens };
  });
}
