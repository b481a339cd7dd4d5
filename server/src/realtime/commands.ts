import { createHash } from 'node:crypto';
import { COMMAND_ROLES, decide, parseCommand } from '@kafe/shared/decide/index';
import { HTTP_ONLY_COMMANDS } from '@kafe/shared/photosLimits';
import { COMMAND_NAMES, type CommandError, type CommandName, type CommandResult } from '@kafe/shared/protocol';
import type { AppContext } from '../context.js';
import { actorKey } from '../store/actorKey.js';
import type { Queryable } from '../store/db.js';
import { PhotoRows } from '../store/photoRows.js';
import type { WorkshopRuntime } from '../workshops/runtime.js';
import type { IoSocket } from './types.js';

const refusal = (code: CommandError['code'], message: string): CommandResult => ({
  ok: false,
  error: { code, message },
});

/** JSON with sorted keys: the same payload always gives the same text, whatever order its fields came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  // JSON.stringify answers undefined, not text, for these.
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return 'null';
  return JSON.stringify(value);
}

/** socket.io hands over whatever the client sent as the last argument: a callback only if it sent one. */
export function isAck(ack: unknown): ack is (reply: unknown) => void {
  return typeof ack === 'function';
}

/** What a command was, for idempotency: a retry carries the same fingerprint; another command under the same opId does not. */
export function commandFingerprint(name: CommandName, payload: unknown): string {
  return createHash('sha256')
    .update(`${name}\n${canonical(payload)}`)
    .digest('base64url')
    .slice(0, 22);
}

/**
 * Every command goes the same way, in this order: the sender's rate limit (per person, across all their sockets), the
 * zod schema, `decide` (the role first, then the domain rule), the stored-event schema on the event it made (in the
 * runtime), the group commit, and only then the ack. Nothing reaches the log that did not pass all of them, and every
 * refusal says why.
 */
export function registerCommands(ctx: AppContext, socket: IoSocket, loading: Promise<WorkshopRuntime | null>): void {
  for (const name of COMMAND_NAMES) {
    socket.on(name, (payload: unknown, ack: unknown) => {
      if (!isAck(ack)) return;
      const reply = (r: CommandResult): void => {
        ack(r);
      };
      void handle(name, payload).then(reply, (err: unknown) => {
        console.error(`command ${name} failed:`, err);
        reply(refusal('internal', 'the server could not save this; try again'));
      });
    });
  }

  async function handle(name: CommandName, payload: unknown): Promise<CommandResult> {
    const { actor, workshopId } = socket.data;
    // One bucket per person: a phone with three sockets gets one phone's share. Hosts flush outboxes in bursts of 60.
    if (!ctx.limits.commands.take(`${workshopId}\n${actorKey(actor)}`))
      return refusal('rate_limited', 'too many commands at once; slow down');
    // And per address, so phone keys made up by one script do not multiply what it may send.
    if (!ctx.limits.commandsPerIp.take(socket.handshake.address))
      return refusal('rate_limited', 'too many commands from this address at once; slow down');
    if (HTTP_ONLY_COMMANDS.has(name)) {
      if (!COMMAND_ROLES[name].includes(actor.role)) return refusal('forbidden', `a ${actor.role} cannot ${name}`);
      return refusal('bad_request', `${name} carries a file: send it over HTTP (POST /api/workshops/:id/photos)`);
    }
    const parsed = parseCommand(name, payload);
    if (!parsed.ok) return refusal('bad_request', parsed.message);
    // Looked up per command, not captured once: after a failed commit the registry hands out a freshly loaded runtime.
    await loading;
    const runtime = await ctx.registry.get(workshopId);
    if (!runtime) return refusal('not_found', 'this workshop no longer exists');
    const fingerprint = commandFingerprint(name, parsed.cmd.payload);
    const cmd = parsed.cmd;
    // A removed photo's bytes go in the transaction of its photo.removed (nothing serves or exports them after it, and
    // a host may have removed it because it showed a face): never the bytes of a photo still kept, never left behind.
    const writeWith =
      cmd.name === 'photo:remove'
        ? (tx: Queryable) => PhotoRows.removeWithEvent(tx, workshopId, cmd.payload.photoId)
        : undefined;
    const result = await runtime.run(
      cmd.payload.opId,
      actor,
      (state, now) => decide(state, actor, cmd, now),
      ctx.now,
      fingerprint,
      writeWith,
    );
    return result;
  }
}
