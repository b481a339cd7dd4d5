import { PHOTO_LIMITS, PHOTO_TYPES } from '@kafe/shared/photos';
import { inspectImage } from '@kafe/shared/photosImage';
import { z } from 'zod';
import type { PhotoFile } from '../store/photoRows.js';

/** A photo in the JSON export: its id (as in its photo.added event), what it is, and its bytes in base64. */
const exportedPhotoSchema = z.object({
  photoId: z.uuid(),
  mime: z.enum(PHOTO_TYPES),
  data: z.base64().max(Math.ceil((PHOTO_LIMITS.maxBytes * 4) / 3) + 4),
});
export const exportedPhotosSchema = z.array(exportedPhotoSchema).max(2000);

/**
 * The JSON export with the kept photos added (base64), so an import is complete: the log says which photo was taken
 * at which table in which round, and this carries what it shows.
 */
export function withPhotos(json: string, photos: readonly PhotoFile[]): string {
  if (photos.length === 0) return json;
  const doc: unknown = JSON.parse(json);
  if (typeof doc !== 'object' || doc === null) return json;
  const exported = photos.map((p) => ({
    photoId: p.photoId,
    mime: p.mime,
    data: Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength).toString('base64'),
  }));
  return JSON.stringify({ ...doc, photos: exported }, null, 2);
}

/**
 * The photos of an import, checked as an upload is (the bytes, not the stated type) and only those the imported log
 * names: answers the files to store, or a message saying which photo is wrong.
 */
export function importedPhotos(
  body: unknown,
  namedInLog: ReadonlySet<string>,
): { ok: true; photos: PhotoFile[] } | { ok: false; message: string } {
  const raw = typeof body === 'object' && body !== null && 'photos' in body ? body.photos : [];
  const parsed = exportedPhotosSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'photos: each needs photoId, mime and data (base64)' };
  const photos: PhotoFile[] = [];
  for (const p of parsed.data) {
    if (!namedInLog.has(p.photoId)) continue;
    const data = new Uint8Array(Buffer.from(p.data, 'base64'));
    const check = inspectImage(data);
    if (!check.ok) return { ok: false, message: `photo ${p.photoId} is not a whole image we keep (${check.reason})` };
    photos.push({ photoId: p.photoId, ...check.image, data });
  }
  return { ok: true, photos };
}

/** The photos an imported log adds (and does not remove again). */
export function photoIdsOf(events: readonly { event: { type: string } }[]): Set<string> {
  const ids = new Set<string>();
  for (const { event } of events) {
    if (event.type === 'photo.added' && 'photoId' in event && typeof event.photoId === 'string') ids.add(event.photoId);
    if (event.type === 'photo.removed' && 'photoId' in event && typeof event.photoId === 'string')
      ids.delete(event.photoId);
  }
  return ids;
}
