import { createHash } from 'node:crypto';
import { normaliseJoinCode } from '@kafe/shared/joinCode';
import { handshakeSchema, PROTOCOL_VERSION, type CommandError } from '@kafe/shared/protocol';
import type { AppContext } from '../context.js';
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
  if (ctx.guesses.blocked(ip)) return fail('rate_limited', 'too many wrong links or codes from this address; wait a few minutes');
  if (hs.token) {
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
  if (hs.joinCode && hs.participantKey) {
    const workshop = await ctx.repo.findByJoinCode(normaliseJoinCode(hs.joinCode));
    if (!workshop) {
      ctx.guesses.fail(ip);
      return fail('not_found', 'no workshop has this code');
    }
    if (!workshop.open) return fail('forbidden', 'this workshop is closed for joining');
    const participantId = participantIdOf(workshop.id, hs.participantKey);
    return {
      ok: true,
      session: { workshopId: workshop.id, lastSeq: hs.lastSeq, facilitatorToken: null, seat: hs.table ?? null, viewer: { role: 'participant', participantId }, actor: { role: 'participant', participantId } },
    };
  }
  return fail('unauthorized', 'open the page from a link or join with a code');
}
