import { createHash } from 'node:crypto';
import { isWellFormedJoinCode, normaliseJoinCode } from '@kafe/shared/joinCode';
import { handshakeSchema, PROTOCOL_VERSION, type CommandError, type Handshake } from '@kafe/shared/protocol';
import { authorize } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import type { SocketSession } from './types.js';

export type HandshakeResult = { ok: true; session: SocketSession } | { ok: false; error: CommandError };

const fail = (code: CommandError['code'], message: string): HandshakeResult => ({
  ok: false,
  error: { code, message },
});

/** A participant's public pseudonym: derived from the secret key on their phone, so the key itself never travels on. */
export function participantIdOf(workshopId: string, participantKey: string): string {
  return createHash('sha256').update(`${workshopId}/${participantKey}`).digest('base64url').slice(0, 16);
}

/**
 * Who is connecting: a role token, or a join code for participants. In order: the address's handshake rate, the
 * schema, the protocol version, the credential's own handshake rate (a loop of reconnects or re-seats with one key),
 * then the credential itself (a role token through authorize, a join code through the join gate).
 */
export async function authenticate(ctx: AppContext, auth: unknown, ip: string): Promise<HandshakeResult> {
  if (!ctx.limits.handshakesPerIp.take(ip))
    return fail('busy', 'too many connections at once from this address; trying again in a moment');
  const parsed = handshakeSchema.safeParse(auth ?? {});
  if (!parsed.success) return fail('bad_request', 'the handshake is malformed');
  const hs = parsed.data;
  if (hs.v !== PROTOCOL_VERSION) {
    return fail(
      'unsupported_protocol',
      `this page speaks protocol ${hs.v}, the server ${PROTOCOL_VERSION}: reload the page`,
    );
  }
  const credential = hs.token ?? hs.participantKey;
  if (credential && !ctx.limits.handshakesPerCredential.take(credential))
    return fail('busy', 'this page reconnects too often; trying again in a moment');
  if (hs.token) return authenticateRole(ctx, hs.token, hs.lastSeq, ip);
  if (hs.joinCode && hs.participantKey)
    return authenticateParticipant(ctx, { ...hs, joinCode: hs.joinCode, participantKey: hs.participantKey }, ip);
  return fail('unauthorized', 'open the page from a link or join with a code');
}

/** A facilitator, host or screen link: the token's grant (see auth/authorize.ts) becomes the socket's session. */
async function authenticateRole(ctx: AppContext, token: string, lastSeq: number, ip: string): Promise<HandshakeResult> {
  const auth = await authorize(ctx, { kind: 'roleToken', token }, ip);
  if (!auth.ok) return { ok: false, error: auth.error };
  const { workshopId, role, table } = auth.grant;
  const base = {
    workshopId,
    lastSeq,
    roleToken: token,
    facilitatorToken: role === 'facilitator' ? token : null,
    seat: null,
  };
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

/**
 * A phone joining by code. Only wrong codes count against the IP. While the IP is in good standing every code is
 * checked at once; once it has guessed wrong too often, its attempts wait in one short line (see JoinGate), except
 * phones that joined before with this code and key. A closed workshop turns away new phones but lets those that
 * joined before reconnect, so closing the door does not throw the room out; a full one turns away new phones only.
 */
async function authenticateParticipant(
  ctx: AppContext,
  hs: Handshake & { joinCode: string; participantKey: string },
  ip: string,
): Promise<HandshakeResult> {
  const { joinGate, knownPhones } = ctx.limits;
  const code = normaliseJoinCode(hs.joinCode);
  if (!joinGate.throttled(ip) || knownPhones.has(code, hs.participantKey)) return checkJoin(ctx, hs, code, ip);
  const waited = joinGate.run(ip, () => checkJoin(ctx, hs, code, ip));
  return waited ?? fail('busy', 'many join attempts from this address; trying again in a moment');
}

async function checkJoin(
  ctx: AppContext,
  hs: Handshake & { participantKey: string },
  code: string,
  ip: string,
): Promise<HandshakeResult> {
  const { joinGate, knownPhones, settings } = ctx.limits;
  const workshop = isWellFormedJoinCode(code) ? await ctx.workshops.findByJoinCode(code) : null;
  if (!workshop) {
    const throttled = joinGate.throttled(ip);
    joinGate.fail(ip);
    return throttled
      ? fail(
          'rate_limited',
          'too many wrong codes from this address; check the code on the screen and try again in a moment',
        )
      : fail('not_found', 'no workshop has this code');
  }
  const participantId = participantIdOf(workshop.id, hs.participantKey);
  const state = (await ctx.registry.get(workshop.id))?.state;
  const known = state?.participants[participantId] !== undefined;
  if (!known && !workshop.open) return fail('forbidden', 'this workshop is closed for joining');
  if (!known && (state?.participantCount ?? 0) >= settings.maxParticipants)
    return fail('full', `this workshop is full (${settings.maxParticipants} participants)`);
  // A new participant is a new set of quotas: made-up keys from one address must not fill the workshop or multiply them.
  if (!known && !ctx.limits.newParticipantsPerIp.take(ip))
    return fail('busy', 'many new phones from this address at once; trying again in a moment');
  knownPhones.add(code, hs.participantKey);
  const viewer = { role: 'participant', participantId } as const;
  const session: SocketSession = {
    workshopId: workshop.id,
    lastSeq: hs.lastSeq,
    roleToken: null,
    facilitatorToken: null,
    seat: hs.table ?? null,
    joinCode: code,
    viewer,
    actor: viewer,
  };
  return { ok: true, session };
}
