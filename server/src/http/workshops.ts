import { Router, json } from 'express';
import { dateInZone, isTimeZone } from '@kafe/shared/time';
import { definitionFromInput, workshopInputSchema } from '@kafe/shared/workshopInput';
import type { AppContext } from '../context.js';
import type { TemplateStore } from '../export/templateStore.js';
import { sendError } from './errors.js';
import { joiningRoutes } from './joining.js';
import { organiserOnly } from './organiserOnly.js';
import { noStore } from './security.js';

/** POST /api/workshops: an organiser creates a workshop from the template (or a saved one: templateId), changing what they like. */
export function workshopRoutes(ctx: AppContext, templates?: TemplateStore): Router {
  const router = Router();
  router.post('/api/workshops', noStore, organiserOnly(ctx), json({ limit: '64kb' }), async (req, res) => {
    const input = workshopInputSchema.safeParse(req.body ?? {});
    if (!input.success) {
      const detail = input.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      sendError(res, 'bad_request', `the workshop definition is not valid: ${detail}`);
      return;
    }
    const template = input.data.templateId ? await templates?.find(input.data.templateId) : undefined;
    if (input.data.templateId && !template) {
      sendError(res, 'bad_request', `there is no template "${input.data.templateId}" (GET /api/templates lists them)`);
      return;
    }
    const timeZone = input.data.timeZone ?? template?.content.timeZone ?? 'Europe/Oslo';
    if (!isTimeZone(timeZone)) {
      sendError(res, 'bad_request', `the workshop definition is not valid: timeZone: unknown time zone "${timeZone}"`);
      return;
    }
    const result = definitionFromInput(input.data, dateInZone(ctx.now(), timeZone), template?.content);
    if (!result.ok) {
      sendError(res, 'bad_request', `the workshop definition is not valid: ${result.problems.join('; ')}`);
      return;
    }
    const created = await ctx.createWorkshop(result.definition);
    res.status(201).json(created);
  });
  // Opening and closing joining by code (facilitator): see joining.ts.
  router.use(joiningRoutes(ctx));
  return router;
}
