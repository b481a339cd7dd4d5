import { Router } from 'express';
import { z } from 'zod';
import { text } from '@kafe/shared/text';
import { LANGUAGES } from '@kafe/shared/agenda';
import type { AppContext } from '../context.js';
import { EXPORT_FORMATS } from '../export/formats.js';
import { printAssetRoutes } from '../export/printAssets.js';
import { sendError } from './errors.js';
import { requireFacilitator } from './facilitatorAuth.js';

const paramsSchema = z.object({ id: text().min(1).max(64) });
/** `lang` writes the report in another language than the workshop's (the notes stay as written). */
const querySchema = z.object({ format: z.enum(EXPORT_FORMATS), lang: z.enum(LANGUAGES).optional() });

/** GET /api/workshops/:id/export?format=json|md|csv|docx|html[&lang=nb|nn|en] for the facilitator, and the print page's assets. */
export function exportRoutes(ctx: AppContext): Router {
  const router = Router();
  printAssetRoutes(router);
  router.get('/api/workshops/:id/export', async (req, res) => {
    const params = paramsSchema.safeParse(req.params);
    if (!params.success) {
      sendError(res, 'not_found', 'no such workshop');
      return;
    }
    if (!(await requireFacilitator(ctx, req, res, params.data.id))) return;
    const query = querySchema.safeParse(req.query);
    if (!query.success) {
      sendError(
        res,
        'bad_request',
        `say which format: ?format=${EXPORT_FORMATS.join('|')} (and optionally &lang=${LANGUAGES.join('|')})`,
      );
      return;
    }
    const runtime = await ctx.registry.get(params.data.id);
    if (!runtime) {
      sendError(res, 'not_found', 'no such workshop');
      return;
    }
    // Rendered on a worker thread: a big Word file takes a few hundred ms that sockets must not wait for.
    const file = await ctx.workers.exportWorkshop(
      runtime.state,
      runtime.since(0),
      query.data.format,
      ctx.now(),
      query.data.lang,
    );
    // A report holds what people said at the tables: never cached by a proxy or the browser.
    res.set({
      'Content-Type': file.contentType,
      'Content-Disposition': file.contentDisposition,
      'Cache-Control': 'no-store',
    });
    res.send(file.body);
  });
  return router;
}
