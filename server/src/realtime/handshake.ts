import { createHash } from 'node:crypto';
import { isWellFormedJoinCode, normaliseJoinCode } from '@kafe/shared/joinCode';
import { handshakeSchema, PROTOCOL_VERSION, type CommandError, type Handshake } from '@kafe/shared/protocol';
import type { AppContext } from '../context.js';
import { FailureLimiter } from '../limits/failureLimiter.js';
import type { SocketSession } from './types.js';

export type HandshakeResult = { ok: true; session: SocketSession } | { ok: false; error: CommandError };

const fail = (code: CommandError['code'], message: string): HandshakeResult => ({ ok: false, error: { code, message } });

/** A participant's public pseudonym: derived from the secret key on their phone, so the key itself never travels on. */
export function participantIdOf(workshopId: string, participantKey: string): string {
  return createHash('sha256').update(`${workshopId}/${participantKey}`).digest('base64url').slice(0, 16);
}

/** Who is connecting: a role token, or a join code for participants. Wrong tokens count as guesses for the IP. */
export async function authenticate(ctx: AppContext, auth: unknown, ip: string): Promise<HandshakeResult> {
  const parsed = handshakeSchema.safeParse(auth ?? {});
  if (!parsed.success) return fail('bad_request', 'the handshake is malformed');
  const hs = parsed.data;
  if (hs.v !== PROTOCOL_VERSION) {
    return fail('unsupported_protocol', `this page speaks protocol ${hs.v}, the server ${PROTOCOL_VERSION}: reload the page`);
  }
  if (hs.token) {
    if (ctx.guesses.blocked(ip)) return fail('rate_limited', 'too many wrong links from this address; wait a few minutes');
    const grant = await ctx.repo.findToken(hs.token);
    if (!grant) {
      ctx.guesses.fail(ip);
      return fail('unauthorized', 'this link is not valid');
    }
    if (grant.revoked) return fail('forbidden', 'this link has been replaced by a new one; ask the facilitator');
    const { workshopId, role, table } = grant;
    const base = { workshopId, lastSeq: hs.lastSeq, facilitatorToken: role === 'facilitator' ? hs.token : null, seat: null };
    switch (role) {
      case 'facilitator':
        return { ok: true, session: { ...base, viewer: { role }, actor: { role } } };
      case 'screen':
        return { ok: true, session: { ...base, viewer: { role }, actor: { role } } };
      case 'host':
        if (table === null) return fail('internal', 'this host link has no table');
        return { ok: true, session: { ...base, viewer: { role, table }, actor: { role, table } } };
      default:
        return role satisfies never;
    }
  }
  if (hs.joinCode && hs.participantKey) return authenticateParticipant(ctx, { ...hs, joinCode: hs.joinCode, participantKey: hs.participantKey }, ip);
  return fail('unauthorized', 'open the page from a link or join with a code');
}

/**
 * Wrong join codes from one IP before it must wait. Separate from ctx.guesses (tokens, organiser key) and generous, on
 * purpose: a whole room of phones shares the venue's one public IP, and a handful of mistyped codes there must not
 * lock out the room, nor lock out the facilitator's and hosts' links. 150 per 10 minutes still makes finding a live
 * code by guessing hopeless (31^6 ≈ 887 million codes: about 21,600 guesses a day per IP).
 */
export const JOIN_FAILURE_LIMIT = { maxFailures: 150, windowMs: 10 * 60_000 };

// One limiter per app (keyed by its context, so every createApp and test server starts clean) without widening AppContext.
const joinLimiters = new WeakMap<AppContext, FailureLimiter>();
function joinLimiter(ctx: AppContext): FailureLimiter {
  let limiter = joinLimiters.get(ctx);
  if (!limiter) {
    limiter = new FailureLimiter(JOIN_FAILURE_LIMIT.maxFailures, JOIN_FAILURE_LIMIT.windowMs, ctx.now);
    joinLimiters.set(ctx, limiter);
  }
  return limiter;
}

/**
 * A phone joining by code. Only failures count against the IP, never successful joins. A closed workshop turns away
 * new phones but lets those that joined before reconnect, so closing the door does not throw the room out.
 */
async function authenticateParticipant(ctx: AppContext, hs: Handshake & { joinCode: string; participantKey: string }, ip: string): Promise<HandshakeResult> {
  const limiter = joinLimiter(ctx);
  if (limiter.blocked(ip)) return fail('rate_limited', 'too many wrong codes from this address; wait a few minutes');
  const code = normaliseJoinCode(hs.joinCode);
  const workshop = isWellFormedJoinCode(code) ? await ctx.repo.findByJoinCode(code) : null;
  if (!workshop) {
    limiter.fail(ip);
    return fail('not_found', 'no workshop has this code');
  }
  const participantId = participantIdOf(workshop.id, hs.participantKey);
  if (!workshop.open && !(await ctx.registry.get(workshop.id))?.state.participants[participantId]) {
    return fail('forbidden', 'this workshop is closed for joining');
  }
  const viewer = { role: 'participant', participantId } as const;
  return { ok: true, session: { workshopId: workshop.id, lastSeq: hs.lastSeq, facilitatorToken: null, seat: hs.table ?? null, viewer, actor: viewer } };
}
