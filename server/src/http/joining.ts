import { Router, json } from 'express';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { sendError } from './errors.js';
import { requireFacilitator } from './facilitatorAuth.js';

const bodySchema = z.object({ open: z.boolean() }).strict();

/**
 * GET/POST /api/workshops/:id/joining → {open}: whether new phones may join by code. Closing turns new phones away with a
 * clear message ("closed for joining"); phones that joined before can still reconnect. Facilitator token only.
 */
export function joiningRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/api/workshops/:id/joining', async (req, res) => {
    if (!(await requireFacilitator(ctx, req, res, req.params.id))) return;
    const open = await ctx.workshops.joinOpen(req.params.id);
    if (open === null) {
      sendError(res, 'not_found', 'no such workshop');
      return;
    }
    res.json({ open });
  });

  router.post('/api/workshops/:id/joining', json({ limit: '1kb' }), async (req, res) => {
    if (!(await requireFacilitator(ctx, req, res, req.params.id))) return;
    const body = bodySchema.safeParse(req.body ?? {});
    if (!body.success) {
      sendError(res, 'bad_request', 'send {"open": true} or {"open": false}');
      return;
    }
    await ctx.workshops.setJoinOpen(req.params.id, body.data.open);
    res.json({ open: body.data.open });
  });
  return router;
}
