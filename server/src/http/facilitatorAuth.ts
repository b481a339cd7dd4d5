import type { Request, Response } from 'express';
import type { AppContext } from '../context.js';
import { bearerOf, clientIp } from './auth.js';
import { sendError } from './errors.js';
import { FAILURE_PAUSE_MS } from './failurePause.js';

/**
 * Lets a request through only with the facilitator token of workshop `workshopId`. Answers (and returns false)
 * otherwise: 401 without a token; 403 for an unknown or revoked token, or one of a host, a screen or another workshop;
 * 404 when the workshop does not exist; 429 for wrong tokens after too many from one address. Wrong tokens are
 * answered after a short pause.
 */
export async function requireFacilitator(ctx: AppContext, req: Request, res: Response, workshopId: string): Promise<boolean> {
  const ip = clientIp(req);
  const token = bearerOf(req);
  if (!token) {
    sendError(res, 'unauthorized', 'send the facilitator token as "Authorization: Bearer <token>" (it is the part after # in the facilitator link)');
    return false;
  }
  const grant = token.length <= 200 ? await ctx.repo.findToken(token) : null;
  if (!grant) {
    // Only wrong tokens count, and only they are slowed to a stop (and each answered after a pause): a valid link
    // works from any address, at once.
    const blocked = ctx.guesses.blocked(ip);
    ctx.guesses.fail(ip);
    await ctx.pause(FAILURE_PAUSE_MS.token);
    if (blocked) sendError(res, 'rate_limited', 'too many wrong tokens from this address; wait a few minutes');
    else sendError(res, 'forbidden', 'this token is not valid');
    return false;
  }
  if (grant.revoked) {
    sendError(res, 'forbidden', 'this token has been revoked; ask the facilitator for a new link');
    return false;
  }
  if (!(await ctx.repo.exists(workshopId))) {
    sendError(res, 'not_found', 'no such workshop');
    return false;
  }
  if (grant.workshopId !== workshopId || grant.role !== 'facilitator') {
    sendError(res, 'forbidden', 'only the facilitator of this workshop may do this');
    return false;
  }
  return true;
}
