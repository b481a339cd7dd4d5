import { decide, parseCommand } from '@kafe/shared/decide/index';
import { COMMAND_NAMES, type CommandError, type CommandName, type CommandResult } from '@kafe/shared/protocol';
import type { AppContext } from '../context.js';
import { TokenBucket } from '../limits/tokenBucket.js';
import type { WorkshopRuntime } from '../workshops/runtime.js';
import type { IoSocket } from './types.js';

const refusal = (code: CommandError['code'], message: string): CommandResult => ({ ok: false, error: { code, message } });

/**
 * Every command goes the same way: rate limit, role, schema, domain decision, append, ack. Nothing reaches the log
 * that did not pass all of them, and every refusal says why.
 */
export function registerCommands(ctx: AppContext, socket: IoSocket, loading: Promise<WorkshopRuntime | null>): void {
  // Hosts type fast and flush outboxes in bursts; the bucket allows a burst of 60, then 15 per second.
  const bucket = new TokenBucket(15, 60, ctx.now);
  for (const name of COMMAND_NAMES) {
    socket.on(name, (payload: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      const reply = (r: CommandResult): void => void ack(r);
      void handle(name, payload).then(reply, (err: unknown) => {
        console.error(`command ${name} failed:`, err);
        reply(refusal('internal', 'the server could not save this; try again'));
      });
    });
  }

  async function handle(name: CommandName, payload: unknown): Promise<CommandResult> {
    if (!bucket.take()) return refusal('rate_limited', 'too many commands at once; slow down');
    const parsed = parseCommand(name, payload);
    if (!parsed.ok) return refusal('bad_request', parsed.message);
    // Looked up per command, not captured once: after a failed commit the registry hands out a freshly loaded runtime.
    await loading;
    const runtime = await ctx.registry.get(socket.data.workshopId);
    if (!runtime) return refusal('not_found', 'this workshop no longer exists');
    const { actor } = socket.data;
    return runtime.run(parsed.cmd.payload.opId, actor, (state, now) => decide(state, actor, parsed.cmd, now), ctx.now);
  }
}
