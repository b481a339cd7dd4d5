import { Router, json } from 'express';
import { z } from 'zod';
import { text } from '@kafe/shared/text';
import type { AppContext } from '../context.js';
import { linksFor } from '../workshops/links.js';
import { regenerateFacilitator, regenerateLink } from '../workshops/regenerate.js';
import { bearerOf } from './auth.js';
import { sendError } from './errors.js';
import { requireFacilitator } from './facilitatorAuth.js';
import { noStore } from './security.js';

const params = z.object({ id: text().min(1).max(64) });
const body = z.discriminatedUnion('role', [
  z.object({ role: z.literal('facilitator') }).strict(),
  z.object({ role: z.literal('screen') }).strict(),
  z.object({ role: z.literal('host'), table: z.number().int().min(1).max(60) }).strict(),
]);

/**
 * POST /api/workshops/:id/links/regenerate {role: 'screen'} | {role: 'host', table} | {role: 'facilitator'}: a new link
 * for the projector, a table's tablet or the facilitator; the old one stops working at once (its open pages are
 * disconnected and told the link was replaced). Facilitator token only; answers with every link, as the facilitator
 * console shows them (after {role: 'facilitator'}, with the new facilitator link, which the console moves to).
 */
export function linkRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post('/api/workshops/:id/links/regenerate', noStore, json({ limit: '1kb' }), async (req, res) => {
    const p = params.safeParse(req.params);
    if (!p.success) {
      sendError(res, 'bad_request', 'no such workshop id');
      return;
    }
    if (!(await requireFacilitator(ctx, req, res, p.data.id))) return;
    const target = body.safeParse(req.body ?? {});
    if (!target.success) {
      sendError(res, 'bad_request', 'send {"role": "screen"}, {"role": "host", "table": N} or {"role": "facilitator"}');
      return;
    }
    const facilitatorToken = bearerOf(req) ?? '';
    if (target.data.role === 'facilitator') {
      const replaced = await regenerateFacilitator(ctx.tokens, p.data.id, facilitatorToken);
      if (!replaced) {
        sendError(
          res,
          'forbidden',
          "this facilitator link cannot open the workshop's links (was it replaced just now?)",
        );
        return;
      }
      ctx.linkRevoked(p.data.id, { role: 'facilitator' });
      const joinCode = (await ctx.workshops.joinCodeOf(p.data.id)) ?? '';
      return void res.json({
        links: linksFor(ctx.publicUrl, { joinCode, facilitatorToken: replaced.facilitatorToken, ...replaced.tokens }),
      });
    }
    const tokens = await regenerateLink(ctx.tokens, p.data.id, facilitatorToken, target.data);
    if (!tokens) {
      sendError(
        res,
        'not_found',
        target.data.role === 'host' ? `there is no table ${target.data.table}` : 'this workshop has no sealed links',
      );
      return;
    }
    ctx.linkRevoked(p.data.id, target.data);
    const joinCode = (await ctx.workshops.joinCodeOf(p.data.id)) ?? '';
    res.json({ links: linksFor(ctx.publicUrl, { joinCode, facilitatorToken, ...tokens }) });
  });
  return router;
}
