import { Router } from 'express';
import { z } from 'zod';
import { text } from '@kafe/shared/text';
import { LANGUAGES } from '@kafe/shared/agenda';
import { keptPhotos } from '@kafe/shared/photosState';
import type { AppContext } from '../context.js';
import { CSV_PARTS } from '../export/csv.js';
import { EXPORT_FORMATS } from '../export/formats.js';
import { sendError } from './errors.js';
import { requireFacilitator } from './facilitatorAuth.js';

const paramsSchema = z.object({ id: text().min(1).max(64) });
/**
 * `lang` writes the report in another language than the workshop's (the notes stay as written); `part` picks the CSV
 * table; `personal=1` asks for the full JSON log with names and everyone's own ballots and answers (JSON only: no other
 * format holds per-person data).
 */
const querySchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    lang: z.enum(LANGUAGES).optional(),
    part: z.enum(CSV_PARTS).optional(),
    personal: z.literal('1').optional(),
  })
  .refine((q) => q.personal === undefined || q.format === 'json', { error: 'personal=1 is for format=json only' })
  .refine((q) => q.part === undefined || q.format === 'csv', { error: 'part= is for format=csv only' });

/**
 * GET /api/workshops/:id/export?format=json|md|csv|docx|html[&lang=nb|nn|en][&part=…][&personal=1] for the
 * facilitator. Pseudonymous unless `personal=1`.
 */
export function exportRoutes(ctx: AppContext): Router {
  const router = Router();
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
        `say which format: ?format=${EXPORT_FORMATS.join('|')} (and optionally &lang=${LANGUAGES.join('|')}; ` +
          `for csv &part=${CSV_PARTS.join('|')}; for json &personal=1 for the full log with personal data)`,
      );
      return;
    }
    const runtime = await ctx.registry.get(params.data.id);
    if (!runtime) {
      sendError(res, 'not_found', 'no such workshop');
      return;
    }
    // Rendered on a worker thread: a big Word file takes a few hundred ms that sockets must not wait for.
    const { format, lang, part, personal } = query.data;
    // The photos' bytes go along for the formats that carry them (Word, the print page, JSON).
    const kept = format === 'docx' || format === 'html' || format === 'json' ? keptPhotos(runtime.state.photos) : [];
    const photos = await ctx.photos.many(
      params.data.id,
      kept.map((p) => p.id),
    );
    const file = await ctx.workers.exportWorkshop(runtime.state, runtime.since(0), {
      photos,
      format,
      now: ctx.now(),
      language: lang,
      personal: personal === '1',
      part,
    });
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
