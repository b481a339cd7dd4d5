import { Router, json } from 'express';
import { z } from 'zod';
import { text } from '@kafe/shared/text';
import type { AppContext } from '../context.js';
import { withMeasuredBaselines, type TemplateStore } from '../export/templateStore.js';
import { sendError } from './errors.js';
import { requireFacilitator } from './facilitatorAuth.js';
import { organiserOnly } from './organiserOnly.js';

const saveSchema = z
  .object({
    workshopId: text().min(1).max(64),
    name: text().trim().min(1, 'give the template a name').max(120),
  })
  .strict();

/**
 * POST /api/templates (facilitator token): save a workshop's agenda, questions, guidance and settings as a named
 * template. GET /api/templates (organiser key): the saved templates, for POST /api/workshops {templateId}.
 */
export function templateRoutes(ctx: AppContext, templates: TemplateStore): Router {
  const router = Router();
  router.post('/api/templates', json({ limit: '4kb' }), async (req, res) => {
    const body = saveSchema.safeParse(req.body ?? {});
    if (!body.success) {
      sendError(
        res,
        'bad_request',
        body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
      );
      return;
    }
    if (!(await requireFacilitator(ctx, req, res, body.data.workshopId))) return;
    const state = (await ctx.registry.get(body.data.workshopId))?.state;
    if (!state?.definition) {
      sendError(res, 'not_found', 'no such workshop');
      return;
    }
    // This workshop's results become the next one's baselines.
    const definition = withMeasuredBaselines(state.definition, state);
    const saved = await templates.save(body.data.name, definition, body.data.workshopId);
    const { content: _content, ...summary } = saved;
    res.status(201).json(summary);
  });
  router.get('/api/templates', organiserOnly(ctx), async (_req, res) => {
    res.json({ templates: await templates.list() });
  });
  return router;
}
