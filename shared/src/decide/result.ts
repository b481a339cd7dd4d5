import type { WorkshopEvent } from '../events.js';
import type { CommandError, ErrorCode } from '../protocol.js';

/**
 * What a command decides: one event to append, nothing (the command is fine but would change nothing, so nothing is
 * stored or broadcast: a phone re-sending its seat costs the room nothing), or a clear refusal.
 */
export type Decision =
  { ok: true; event: WorkshopEvent } | { ok: true; event: null } | { ok: false; error: CommandError };

export const accept = (event: WorkshopEvent): Decision => ({ ok: true, event });
export const unchanged = (): Decision => ({ ok: true, event: null });
export const refuse = (code: ErrorCode, message: string): Decision => ({ ok: false, error: { code, message } });
