import type { Request, Response } from 'express';
import { authorize, isGuess, type RoleGrant } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import type { TokenRole } from '../store/tokenRows.js';
import { answerRefusal, bearerOf, clientIp } from './auth.js';
import { sendError } from './errors.js';
import { FAILURE_PAUSE_MS } from './failurePause.js';

/**
 * Lets a request through with a role token of workshop `workshopId` whose role is one of `roles`, and answers with
 * its grant; answers the request (and returns null) otherwise, as requireFacilitator does: 401 without a token, 403
 * for a wrong, revoked or other role's token, 404 for a workshop that does not exist, wrong tokens after a pause.
 */
export async function requireRole(
  ctx: AppContext,
  req: Request,
  res: Response,
  workshopId: string,
  roles: readonly TokenRole[],
): Promise<RoleGrant | null> {
  const token = bearerOf(req);
  if (!token) {
    sendError(res, 'unauthorized', 'send the link\'s token as "Authorization: Bearer <token>" (the part after #)');
    return null;
  }
  const auth = await authorize(ctx, { kind: 'roleToken', token }, clientIp(req));
  if (!auth.ok) {
    if (auth.error.code !== 'rate_limited' && !(await ctx.workshops.exists(workshopId))) {
      if (isGuess(auth.error)) await ctx.pause(FAILURE_PAUSE_MS.token);
      sendError(res, 'not_found', 'no such workshop');
      return null;
    }
    await answerRefusal(ctx, res, auth.error, FAILURE_PAUSE_MS.token);
    return null;
  }
  const grant = auth.grant;
  if (grant.workshopId !== workshopId || !roles.includes(grant.role)) {
    sendError(res, 'forbidden', 'this link may not do this in this workshop');
    return null;
  }
  return grant;
}
