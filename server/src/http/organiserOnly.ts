import type { RequestHandler } from 'express';
import type { AppContext } from '../context.js';
import { checkOrganiser } from './auth.js';
import { sendError } from './errors.js';
import { FAILURE_PAUSE_MS } from './failurePause.js';

/**
 * Lets a request through only with the organiser key. A wrong key is answered (403, or 429 after too many from one
 * address) only after a pause, so a hand-chosen key cannot be guessed at full speed; the right key passes at once. As
 * middleware, so it runs before a large body is read.
 */
export function organiserOnly(ctx: AppContext): RequestHandler {
  return async (req, res, next) => {
    const auth = checkOrganiser(req, ctx.organiserKeyHash, ctx.guesses);
    if (auth.ok) return next();
    if (auth.status !== 401) await ctx.pause(FAILURE_PAUSE_MS.organiserKey);
    sendError(res, auth.status === 401 ? 'unauthorized' : auth.status === 403 ? 'forbidden' : 'rate_limited', auth.message, auth.status);
  };
}
