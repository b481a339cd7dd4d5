import { Router, json, type Request } from 'express';
import { z } from 'zod';
import type { ErrorCode } from '@kafe/shared/protocol';
import type { AppContext } from '../context.js';
import { bearerOf, clientIp } from './auth.js';
import { sendError } from './errors.js';

const bodySchema = z.object({ open: z.boolean() }).strict();

type FacilitatorCheck = { ok: true } | { ok: false; status: 401 | 403 | 429; message: string };

/** The facilitator of workshop `id`: its own, unrevoked facilitator token. Wrong tokens count as guesses for the IP. */
async function checkFacilitator(ctx: AppContext, req: Request, id: string): Promise<FacilitatorCheck> {
  const ip = clientIp(req);
  if (ctx.guesses.blocked(ip)) return { ok: false, status: 429, message: 'too many wrong tokens from this address; wait a few minutes' };
  const token = bearerOf(req);
  if (!token) return { ok: false, status: 401, message: 'send the facilitator token as "Authorization: Bearer <token>"' };
  const grant = await ctx.repo.findToken(token);
  if (!grant) {
    ctx.guesses.fail(ip);
    return { ok: false, status: 401, message: 'this token is not valid' };
  }
  if (grant.revoked) return { ok: false, status: 403, message: 'this link has been replaced by a new one' };
  if (grant.role !== 'facilitator' || grant.workshopId !== id) return { ok: false, status: 403, message: 'only this workshop\'s facilitator may do this' };
  return { ok: true };
}

/**
 * GET/POST /api/workshops/:id/joining → {open}: whether new phones may join by code. Closing turns new phones away with a
 * clear message ("closed for joining"); phones that joined before can still reconnect. Facilitator token only.
 */
export function joiningRoutes(ctx: AppContext): Router {
  const router = Router();
  const guard = async (req: Request<{ id: string }>): Promise<FacilitatorCheck> => checkFacilitator(ctx, req, req.params.id);
  const refuse = (check: Extract<FacilitatorCheck, { ok: false }>): ErrorCode => (check.status === 401 ? 'unauthorized' : check.status === 403 ? 'forbidden' : 'rate_limited');

  router.get('/api/workshops/:id/joining', async (req, res) => {
    const check = await guard(req);
    if (!check.ok) return sendError(res, refuse(check), check.message, check.status);
    const open = await ctx.repo.joinOpen(req.params.id);
    if (open === null) return sendError(res, 'not_found', 'no such workshop');
    res.json({ open });
  });

  router.post('/api/workshops/:id/joining', json({ limit: '1kb' }), async (req, res) => {
    const check = await guard(req);
    if (!check.ok) return sendError(res, refuse(check), check.message, check.status);
    const body = bodySchema.safeParse(req.body ?? {});
    if (!body.success) return sendError(res, 'bad_request', 'send {"open": true} or {"open": false}');
    await ctx.repo.setJoinOpen(req.params.id, body.data.open);
    res.json({ open: body.data.open });
  });
  return router;
}
