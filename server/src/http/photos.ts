import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { decide } from '@kafe/shared/decide/index';
import type { Actor } from '@kafe/shared/events';
import { PHOTO_LIMITS, photoUploadQuerySchema } from '@kafe/shared/photos';
import { inspectImage, type ImageRefusal } from '@kafe/shared/photosImage';
import type { CommandPayload } from '@kafe/shared/protocol';
import { text } from '@kafe/shared/text';
import type { AppContext } from '../context.js';
import { commandFingerprint } from '../realtime/commands.js';
import { actorKey } from '../store/actorKey.js';
import { PhotoRows } from '../store/photoRows.js';
import { clientIp } from './auth.js';
import { sendError } from './errors.js';
import { requireRole } from './roleAuth.js';

const paramsSchema = z.object({ id: text().min(1).max(64) });
const photoParamsSchema = z.object({ id: text().min(1).max(64), photoId: z.uuid() });

const REFUSED: Record<ImageRefusal, string> = {
  notImage: 'this file is not a JPEG, PNG or WebP image',
  incomplete: 'this image is incomplete (the upload was cut short or the file is damaged)',
  tooManyPixels: `this image is too large: at most ${PHOTO_LIMITS.maxPixels / 1_000_000} megapixels`,
  tooLarge: `this file is too large: at most ${PHOTO_LIMITS.maxBytes / 1_000_000} MB`,
};

/**
 * Flip-chart photos over HTTP: the socket keeps its 64 KB cap. A photo arrives as the raw body of
 * POST /api/workshops/:id/photos?opId&photoId&round from a table host (its own table only). Its bytes are checked for
 * what they are (never the name or MIME type), and its `photo.added` event goes through the same command pipeline as a
 * note, the bytes written in the event's own transaction: the (host, opId) idempotency makes a retry after a lost answer harmless, and every page hears of
 * the photo from the event.
 */
export function photoRoutes(ctx: AppContext): Router {
  const router = Router();
  /** Who is uploading, found before the body is read: nobody without a host link makes the server read 2 MB. */
  const uploaders = new WeakMap<Request, { workshopId: string; actor: Actor }>();

  async function authorizeUpload(req: Request, res: Response): Promise<boolean> {
    const params = paramsSchema.safeParse(req.params);
    if (!params.success) {
      sendError(res, 'not_found', 'no such workshop');
      return false;
    }
    const grant = await requireRole(ctx, req, res, params.data.id, ['host']);
    if (!grant || grant.table === null) return false;
    const actor: Actor = { role: 'host', table: grant.table };
    const perHost = ctx.limits.commands.take(`${grant.workshopId}\n${actorKey(actor)}`);
    if (!perHost || !ctx.limits.commandsPerIp.take(clientIp(req))) {
      sendError(res, 'rate_limited', 'too many uploads at once; slow down');
      return false;
    }
    uploaders.set(req, { workshopId: grant.workshopId, actor });
    return true;
  }

  router.post(
    '/api/workshops/:id/photos',
    (req, res, next) => {
      authorizeUpload(req, res).then((ok) => {
        if (ok) next();
      }, next);
    },
    express.raw({ type: () => true, limit: PHOTO_LIMITS.maxBytes }),
    (req, res, next) => {
      const uploader = uploaders.get(req);
      if (uploader) add(req, res, uploader.workshopId, uploader.actor).catch(next);
    },
  );

  async function add(req: Request, res: Response, workshopId: string, actor: Actor): Promise<void> {
    const query = photoUploadQuerySchema.safeParse(req.query);
    if (!query.success) {
      sendError(res, 'bad_request', 'say ?opId=<uuid>&photoId=<uuid>&round=<n>');
      return;
    }
    const bytes: unknown = req.body;
    if (!(bytes instanceof Buffer) || bytes.length === 0) {
      sendError(res, 'bad_request', 'send the photo as the body');
      return;
    }
    const check = inspectImage(bytes);
    if (!check.ok) {
      sendError(res, 'bad_request', REFUSED[check.reason]);
      return;
    }
    const runtime = await ctx.registry.get(workshopId);
    if (!runtime) {
      sendError(res, 'not_found', 'no such workshop');
      return;
    }
    const { opId, photoId, round } = query.data;
    const payload: CommandPayload<'photo:add'> = { opId, photoId, round, ...check.image, bytes: bytes.length };
    const file = { photoId, ...check.image, data: bytes };
    // The bytes are written in the transaction that appends the event, and only if the command is accepted: an upload
    // that fails anywhere (refused, a lost database, a crash) leaves no bytes behind, and no request ever deletes bytes,
    // so two uploads racing for one photoId (a retry with a fresh opId) cannot take away the winner's.
    const result = await runtime.run(
      opId,
      actor,
      (state, now) => decide(state, actor, { name: 'photo:add', payload }, now),
      ctx.now,
      commandFingerprint('photo:add', payload),
      (tx) => PhotoRows.writeWithEvent(tx, workshopId, file),
    );
    if (!result.ok) {
      sendError(res, result.error.code, result.error.message);
      return;
    }
    res.status(result.data.duplicate ? 200 : 201).json({ seq: result.data.seq, photoId });
  }

  /**
   * A photo's bytes for the facilitator, the screen, and the host of its table. A photo never changes once stored,
   * so the browser may keep it (privately: it is behind a token) for as long as it likes.
   */
  router.get('/api/workshops/:id/photos/:photoId', async (req, res) => {
    const params = photoParamsSchema.safeParse(req.params);
    if (!params.success) {
      sendError(res, 'not_found', 'no such photo');
      return;
    }
    const grant = await requireRole(ctx, req, res, params.data.id, ['facilitator', 'screen', 'host']);
    if (!grant) return;
    const runtime = await ctx.registry.get(grant.workshopId);
    const photo = runtime?.state.photos.byId[params.data.photoId];
    if (!photo || photo.removed) {
      sendError(res, 'not_found', 'no such photo');
      return;
    }
    if (grant.role === 'host' && grant.table !== photo.table) {
      sendError(res, 'forbidden', `this photo belongs to table ${photo.table}`);
      return;
    }
    const file = await ctx.photos.find(grant.workshopId, photo.id);
    if (!file) {
      sendError(res, 'not_found', 'no such photo');
      return;
    }
    const etag = `"${photo.id}"`;
    res.set({ 'Content-Type': file.mime, 'Cache-Control': 'private, max-age=31536000, immutable', ETag: etag });
    if (req.get('if-none-match') === etag) {
      res.status(304).end();
      return;
    }
    res.send(Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength));
  });

  return router;
}
