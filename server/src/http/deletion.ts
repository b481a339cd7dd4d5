import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { text } from '@kafe/shared/text';
import type { AppContext } from '../context.js';
import { isOrganiserKey } from '../auth/authorize.js';
import { deletionDate } from '../workshops/retention.js';
import { bearerOf } from './auth.js';
import { sendError } from './errors.js';
import { requireFacilitator } from './facilitatorAuth.js';
import { noStore } from './security.js';

const paramsSchema = z.object({ id: text().min(1).max(64) });

/** The organiser key, or else the workshop's facilitator token (which answers for itself when wrong). */
async function organiserOrFacilitator(ctx: AppContext, req: Request, res: Response, id: string): Promise<boolean> {
  const bearer = bearerOf(req);
  if (bearer && isOrganiserKey(ctx, bearer)) return true;
  return requireFacilitator(ctx, req, res, id);
}

/**
 * DELETE /api/workshops/:id (facilitator token or organiser key): the workshop and everything in it, at once and for
 * good; its open pages are dropped. GET /api/workshops/:id/retention (facilitator): when it will be deleted by itself.
 */
export function deletionRoutes(ctx: AppContext): Router {
  const router = Router();
  router.delete('/api/workshops/:id', noStore, async (req, res) => {
    const params = paramsSchema.safeParse(req.params);
    if (!params.success) {
      sendError(res, 'not_found', 'no such workshop');
      return;
    }
    if (!(await organiserOrFacilitator(ctx, req, res, params.data.id))) return;
    if (!(await ctx.deleteWorkshop(params.data.id))) {
      sendError(res, 'not_found', 'no such workshop');
      return;
    }
    res.json({ deleted: params.data.id });
  });

  router.get('/api/workshops/:id/retention', async (req, res) => {
    const params = paramsSchema.safeParse(req.params);
    if (!params.success) {
      sendError(res, 'not_found', 'no such workshop');
      return;
    }
    if (!(await requireFacilitator(ctx, req, res, params.data.id))) return;
    const dates = await ctx.workshops.datesOf(params.data.id);
    if (!dates) {
      sendError(res, 'not_found', 'no such workshop');
      return;
    }
    res.json({ retentionDays: ctx.retentionDays, deletesOn: deletionDate(dates, ctx.retentionDays) });
  });
  return router;
}
