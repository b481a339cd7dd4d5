import type { TokenRows } from '../store/tokenRows.js';
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
export async function regenerateLink(
  tokenRows: TokenRows,
  workshopId: string,
  facilitatorToken: string,
  target: LinkTarget,
): Promise<RoleTokens | null> {
  return tokenRows.replace(workshopId, (sealed) => {
    const tokens = sealed ? openRoleTokens(facilitatorToken, sealed) : null;
    if (!tokens) return null;
    if (target.role === 'host' && !tokens.hostTokens.some((h) => h.table === target.table)) return null;
    const token = newToken();
    const next: RoleTokens =
      target.role === 'screen'
        ? { ...tokens, screenToken: token }
        : {
            ...tokens,
            hostTokens: tokens.hostTokens.map((h) => (h.table === target.table ? { table: h.table, token } : h)),
          };
    const table = target.role === 'host' ? target.table : null;
    return {
      replacement: {
        token: { hash: hashToken(token), role: target.role, table },
        sealedLinks: sealRoleTokens(facilitatorToken, next),
      },
      result: next,
    };
  });
}

/**
 * Replaces the facilitator's own link (it was shared too widely, or shown on a projector): the old token is revoked at
 * once and a new one issued. The role tokens are sealed with the facilitator's token, so they are opened with the old
 * one and sealed again with the new one in the same transaction; no other link changes. Returns null when
 * `facilitatorToken` cannot open this workshop's links.
 */
export async function regenerateFacilitator(
  tokenRows: TokenRows,
  workshopId: string,
  facilitatorToken: string,
): Promise<ReplacedFacilitator | null> {
  return tokenRows.replace(workshopId, (sealed) => {
    const tokens = sealed ? openRoleTokens(facilitatorToken, sealed) : null;
    if (!tokens) return null;
    const token = newToken();
    return {
      replacement: {
        token: { hash: hashToken(token), role: 'facilitator', table: null },
        sealedLinks: sealRoleTokens(token, tokens),
      },
      result: { facilitatorToken: token, tokens },
    };
  });
}
