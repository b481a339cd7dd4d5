import { z } from 'zod';
import { LIMITS } from './constants.js';
import { PHOTO_LIMITS, PHOTO_TYPES } from './photosLimits.js';

export { HTTP_ONLY_COMMANDS, PHOTO_LIMITS, PHOTO_TYPES, type PhotoType } from './photosLimits.js';

const uuid = z.uuid();
const table = z.number().int().min(1).max(LIMITS.tables);
const round = z.number().int().min(1).max(LIMITS.rounds);
const side = z.number().int().min(1).max(PHOTO_LIMITS.maxPixels);

/**
 * What a photo is, as the tablet states it and the server checks against the bytes it received (photosImage.ts): the
 * same fields in the command, the stored event and the photos table, so all three agree.
 */
export const photoFacts = {
  photoId: uuid,
  mime: z.enum(PHOTO_TYPES),
  width: side,
  height: side,
  bytes: z.number().int().min(1).max(PHOTO_LIMITS.maxBytes),
};

/** The stored events about flip-chart photos (the bytes live in the photos table, keyed by photoId). */
export const photoEventSchemas = [
  z.object({ type: z.literal('photo.added'), table, round, ...photoFacts }),
  z.object({ type: z.literal('photo.removed'), photoId: uuid }),
  /** The projector shows this photo in the wrap-up (null: none). */
  z.object({ type: z.literal('photo.shown'), photoId: uuid.nullable() }),
] as const;

/** The commands about photos; `photo:add` only over HTTP, with its file as the body. */
export const photoCommandShapes = {
  'photo:add': { ...photoFacts, round, table: table.optional() },
  'photo:remove': { photoId: uuid },
  'photo:show': { photoId: uuid.nullable() },
};

/**
 * The query string of POST /api/workshops/:id/photos. Only what the file cannot say: its type, size and dimensions
 * are read from the bytes themselves (photosImage.ts), never taken from the tablet.
 */
export const photoUploadQuerySchema = z
  .object({
    opId: z.uuid('opId must be a UUID'),
    photoId: uuid,
    round: z.coerce.number().pipe(round),
  })
  .strict();
