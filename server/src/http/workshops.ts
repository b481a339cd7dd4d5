import { Router, json } from 'express';
import { dateInZone } from '@kafe/shared/time';
import { definitionFromInput, workshopInputSchema } from '@kafe/shared/workshopInput';
import type { AppContext } from '../context.js';
import { linksFor } from '../workshops/links.js';
import { checkOrganiser } from './auth.js';
import { sendError } from './errors.js';
import { joiningRoutes } from './joining.js';

/** POST /api/workshops: an organiser creates a workshop from the template, changing what they like. */
export function workshopRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post('/api/workshops', json({ limit: '64kb' }), async (req, res) => {
    const auth = checkOrganiser(req, ctx.organiserKeyHash, ctx.guesses);
    if (!auth.ok) return sendError(res, auth.status === 401 ? 'unauthorized' : auth.status === 403 ? 'forbidden' : 'rate_limited', auth.message, auth.status);
    const input = workshopInputSchema.safeParse(req.body ?? {});
    if (!input.success) {
      const detail = input.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      return sendError(res, 'bad_request', `the workshop definition is not valid: ${detail}`);
    }
    const result = definitionFromInput(input.data, dateInZone(ctx.now(), input.data.timeZone ?? 'Europe/Oslo'));
    if (!result.ok) return sendError(res, 'bad_request', `the workshop definition is not valid: ${result.problems.join('; ')}`);
    const created = await ctx.createWorkshop(result.definition);
    res.status(201).json(created);
  });
  // Opening and closing joining by code (facilitator): see joining.ts.
  router.use(joiningRoutes(ctx));
  return router;
}
