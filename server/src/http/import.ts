import { Router, json } from 'express';
import type { AppContext } from '../context.js';
import { checkImport } from '../export/importCheck.js';
import { addedPhotosOf, importedPhotos } from '../export/photosJson.js';
import { linksFor } from '../workshops/links.js';
import { sendError } from './errors.js';
import { organiserOnly } from './organiserOnly.js';
import { noStore } from './security.js';

/**
 * A JSON export of a big workshop (thousands of notes) is a few MB, and its flip-chart photos (~300 KB each, a third
 * more in base64) add up to ~15 MB for ten tables and three rounds: 60 MB leaves room without inviting abuse.
 */
const IMPORT_LIMIT = '60mb';

/**
 * POST /api/workshops/import: a JSON export becomes a new workshop (new id, tokens and join code) with the same
 * content. The events are written again in order under the new id, with their original times and actors, so a
 * re-export holds the same definition, notes, summaries, votes and evaluation.
 */
export function importRoutes(ctx: AppContext): Router {
  const router = Router();
  // The organiser key is checked before the body is read, so nobody without it can make the server parse 20 MB.
  router.post('/api/workshops/import', noStore, organiserOnly(ctx), json({ limit: IMPORT_LIMIT }), async (req, res) => {
    const check = checkImport(req.body, ctx.now());
    if (!check.ok) {
      sendError(res, 'bad_request', check.message);
      return;
    }
    const photos = importedPhotos(req.body, addedPhotosOf(check.export.events));
    if (!photos.ok) {
      sendError(res, 'bad_request', photos.message);
      return;
    }
    const secrets = await ctx.repo.create({ ...check.definition, tables: check.tables });
    try {
      // The bytes first: once the events are in, every photo.added has its file.
      for (const photo of photos.photos) await ctx.photos.insert(secrets.id, photo);
      await ctx.store.appendImported(secrets.id, check.export.events);
    } catch (err) {
      await ctx.workshops.discardEmpty(secrets.id).catch(() => undefined);
      throw err;
    }
    if (!(await ctx.registry.get(secrets.id))) throw new Error('an imported workshop vanished');
    res.status(201).json({
      id: secrets.id,
      joinCode: secrets.joinCode,
      facilitatorToken: secrets.facilitatorToken,
      links: linksFor(ctx.publicUrl, secrets),
    });
  });
  return router;
}
