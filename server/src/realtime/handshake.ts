import { createHash } from 'node:crypto';
import { isWellFormedJoinCode, normaliseJoinCode } from '@kafe/shared/joinCode';
import { handshakeSchema, PROTOCOL_VERSION, type CommandError, type Handshake } from '@kafe/shared/protocol';
import type { AppContext } from '../context.js';
import { JoinGate } from './joinGate.js';
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
    // A valid link always gets in, even from an address that guessed wrong before: hosts and the facilitator share
    // the venue's one public IP with everyone else. Only wrong tokens are counted, and slowed to a stop.
    const grant = await ctx.repo.findToken(hs.token);
    if (!grant) {
      const blocked = ctx.guesses.blocked(ip);
      ctx.guesses.fail(ip);
      return blocked ? fail('rate_limited', 'too many wrong links from this address; wait a few minutes') : fail('unauthorized', 'this link is not valid');
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
 * Wrong join codes per IP, kept apart from ctx.guesses (tokens, organiser key) so a room's typos never lock out the
 * facilitator's and hosts' links on the same NAT. Past the limit the IP is slowed down, never shut out: see JoinGate.
 */
export const JOIN_LIMIT = { maxFailures: 30, windowMs: 10 * 60_000, pauseMs: 250 };

// One gate per app (keyed by its context, so every createApp and test server starts clean) without widening AppContext.
const gates = new WeakMap<AppContext, JoinGate>();
function joinGate(ctx: AppContext): JoinGate {
  let gate = gates.get(ctx);
  if (!gate) {
    gate = new JoinGate(JOIN_LIMIT.maxFailures, JOIN_LIMIT.windowMs, JOIN_LIMIT.pauseMs, ctx.now);
    gates.set(ctx, gate);
  }
  return gate;
}

/**
 * A phone joining by code. Only failures count against the IP, never successful joins. A closed workshop turns away
 * new phones but lets those that joined before reconnect, so closing the door does not throw the room out.
 */
async function authenticateParticipant(ctx: AppContext, hs: Handshake & { joinCode: string; participantKey: string }, ip: string): Promise<HandshakeResult> {
  const gate = joinGate(ctx);
  const code = normaliseJoinCode(hs.joinCode);
  const workshop = isWellFormedJoinCode(code) ? await ctx.repo.findByJoinCode(code) : null;
  if (!workshop) {
    // Only wrong codes wait: past the limit they are answered one at a time, after a pause, so guessing from one
    // address crawls. A right code (a whole room joining, or phones reconnecting after a Wi-Fi blip) never queues.
    const throttled = gate.throttled(ip);
    gate.fail(ip);
    if (!throttled) return fail('not_found', 'no workshop has this code');
    return gate.run(ip, async () => fail('rate_limited', 'too many wrong codes from this address; check the code on the screen and try again in a moment'));
  }
  const participantId = participantIdOf(workshop.id, hs.participantKey);
  if (!workshop.open && !(await ctx.registry.get(workshop.id))?.state.participants[participantId]) {
    return fail('forbidden', 'this workshop is closed for joining');
  }
  const viewer = { role: 'participant', participantId } as const;
  const session: SocketSession = { workshopId: workshop.id, lastSeq: hs.lastSeq, facilitatorToken: null, seat: hs.table ?? null, viewer, actor: viewer };
  return { ok: true, session };
}
