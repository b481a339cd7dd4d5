import { timingSafeEqual } from 'node:crypto';
import type { CommandError } from '@kafe/shared/protocol';
import type { AppContext } from '../context.js';
import type { TokenRole } from '../store/tokenRows.js';
import { hashToken } from '../workshops/secrets.js';

/**
 * What a page or an API call presents to say who it is: a role token (the fragment of a facilitator, host or screen
 * link) or the organiser key. Join codes are not credentials of a person and have their own line (realtime/handshake.ts).
 */
export type RoleTokenCredential = { kind: 'roleToken'; token: string };
export type OrganiserKeyCredential = { kind: 'organiserKey'; key: string };
export type Credential = RoleTokenCredential | OrganiserKeyCredential;

/** What a right role token opens: one role in one workshop (a host's, at one table). */
export interface RoleGrant {
  kind: 'role';
  workshopId: string;
  role: TokenRole;
  table: number | null;
}
/** What the right organiser key opens: creating, importing and listing workshops and templates. */
export interface OrganiserGrant {
  kind: 'organiser';
}
export type Grant = RoleGrant | OrganiserGrant;

/**
 * Why a credential was refused, said once for every transport. `unauthorized`: wrong (a guess); `rate_limited`: wrong,
 * from an address that guessed wrong too often; `forbidden`: a link that was right until it was replaced.
 */
export interface Refusal extends CommandError {
  code: 'unauthorized' | 'rate_limited' | 'forbidden';
}

export type Authorization<G extends Grant = Grant> = { ok: true; grant: G } | { ok: false; error: Refusal };

/** A wrong credential, counted against its address: answered over HTTP only after a pause (http/failurePause.ts). */
export const isGuess = (refusal: Refusal): boolean => refusal.code !== 'forbidden';

/** Longer than any token we make (22 characters): refused without a query. */
const MAX_TOKEN_LENGTH = 200;

const WRONG = {
  roleToken: { wrong: 'this link is not valid', tooMany: 'too many wrong links from this address; wait a few minutes' },
  organiserKey: {
    wrong: 'the organiser key is wrong',
    tooMany: 'too many wrong keys from this address; wait a few minutes',
  },
} as const satisfies Record<Credential['kind'], Record<'wrong' | 'tooMany', string>>;

const REPLACED: Refusal = {
  code: 'forbidden',
  message: 'this link has been replaced by a new one and its token revoked; ask the facilitator',
};

export type AuthorizeDeps = Pick<AppContext, 'repo' | 'limits' | 'organiserKeyHash'>;

/**
 * The one check of a key or token, for sockets and HTTP alike: a grant, or a refusal that says why. Only wrong
 * credentials count as guesses for `ip`, and only they are refused once it has guessed too often: hosts, the
 * facilitator and the organiser share the venue's one public IP with everyone else, so a right one always gets in.
 */
export function authorize(
  ctx: AuthorizeDeps,
  credential: RoleTokenCredential,
  ip: string,
): Promise<Authorization<RoleGrant>>;
export function authorize(
  ctx: AuthorizeDeps,
  credential: OrganiserKeyCredential,
  ip: string,
): Promise<Authorization<OrganiserGrant>>;
export async function authorize(ctx: AuthorizeDeps, credential: Credential, ip: string): Promise<Authorization> {
  const found = await grantOf(ctx, credential);
  if (found === 'replaced') return { ok: false, error: REPLACED };
  if (found) return { ok: true, grant: found };
  const words = WRONG[credential.kind];
  const blocked = ctx.limits.guesses.blocked(ip);
  ctx.limits.guesses.fail(ip);
  return {
    ok: false,
    error: blocked ? { code: 'rate_limited', message: words.tooMany } : { code: 'unauthorized', message: words.wrong },
  };
}

async function grantOf(ctx: AuthorizeDeps, credential: Credential): Promise<Grant | 'replaced' | null> {
  switch (credential.kind) {
    case 'organiserKey':
      return isOrganiserKey(ctx, credential.key) ? { kind: 'organiser' } : null;
    case 'roleToken': {
      if (credential.token.length > MAX_TOKEN_LENGTH) return null;
      const token = await ctx.repo.findToken(credential.token);
      if (!token) return null;
      return token.revoked
        ? 'replaced'
        : { kind: 'role', workshopId: token.workshopId, role: token.role, table: token.table };
    }
    default:
      return credential satisfies never;
  }
}

/**
 * Whether `key` is the organiser key, counting nothing: for a route that takes the organiser key or another
 * credential, which then answers for itself when wrong (see http/deletion.ts).
 */
export function isOrganiserKey(ctx: Pick<AuthorizeDeps, 'organiserKeyHash'>, key: string): boolean {
  return sameHash(hashToken(key), ctx.organiserKeyHash);
}

/** Compared in constant time: how long a wrong key takes to refuse says nothing about how close it was. */
function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
