import type { RequestHandler } from 'express';
import { authorize } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { answerRefusal, bearerOf, clientIp } from './auth.js';
import { sendError } from './errors.js';
import { FAILURE_PAUSE_MS } from './failurePause.js';

/**
 * Lets a request through only with the organiser key. A wrong key is answered (403, or 429 after too many from one
 * address) only after a pause, so a hand-chosen key cannot be guessed at full speed; the right key passes at once. As
 * middleware, so it runs before a large body is read.
 */
export function organiserOnly(ctx: AppContext): RequestHandler {
  return async (req, res, next) => {
    const key = bearerOf(req);
    if (!key) {
      sendError(res, 'unauthorized', 'send the organiser key as "Authorization: Bearer <key>"');
      return;
    }
    const auth = await authorize(ctx, { kind: 'organiserKey', key }, clientIp(req));
    if (auth.ok) {
      next();
      return;
    }
    await answerRefusal(ctx, res, auth.error, FAILURE_PAUSE_MS.organiserKey);
  };
}
