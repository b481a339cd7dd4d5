import type { WorkshopEvent } from '../events.js';
import type { CommandError, ErrorCode } from '../protocol.js';

/** What a command decides: one event to append, or a clear refusal. */
export type Decision = { ok: true; event: WorkshopEvent } | { ok: false; error: CommandError };

export const accept = (event: WorkshopEvent): Decision => ({ ok: true, event });
export const refuse = (code: ErrorCode, message: string): Decision => ({ ok: false, error: { code, message } });
