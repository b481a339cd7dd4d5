import type { Request, Response } from 'express';
import { authorize, isGuess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { answerRefusal, bearerOf, clientIp } from './auth.js';
import { sendError } from './errors.js';
import { FAILURE_PAUSE_MS } from './failurePause.js';

/**
 * Lets a request through only with the facilitator token of workshop `workshopId`. Answers (and returns false)
 * otherwise: 401 without a token; 403 for an unknown or revoked token, or one of a host, a screen or another workshop;
 * 404 when the workshop does not exist; 429 for wrong tokens after too many from one address. Wrong tokens are
 * answered after a short pause.
 */
export async function requireFacilitator(
  ctx: AppContext,
  req: Request,
  res: Response,
  workshopId: string,
): Promise<boolean> {
  const token = bearerOf(req);
  if (!token) {
    sendError(
      res,
      'unauthorized',
      'send the facilitator token as "Authorization: Bearer <token>" (it is the part after # in the facilitator link)',
    );
    return false;
  }
  const auth = await authorize(ctx, { kind: 'roleToken', token }, clientIp(req));
  if (!auth.ok) {
    // A deleted workshop's links are gone with it: once the workshop is gone too, its old link is told so plainly
    // (after the same pause as any wrong token, and only when the address is not being slowed down already).
    if (auth.error.code !== 'rate_limited' && !(await ctx.workshops.exists(workshopId))) {
      if (isGuess(auth.error)) await ctx.pause(FAILURE_PAUSE_MS.token);
      sendError(res, 'not_found', 'no such workshop');
      return false;
    }
    await answerRefusal(ctx, res, auth.error, FAILURE_PAUSE_MS.token);
    return false;
  }
  if (!(await ctx.workshops.exists(workshopId))) {
    sendError(res, 'not_found', 'no such workshop');
    return false;
  }
  if (auth.grant.workshopId !== workshopId || auth.grant.role !== 'facilitator') {
    sendError(res, 'forbidden', 'only the facilitator of this workshop may do this');
    return false;
  }
  return true;
}
