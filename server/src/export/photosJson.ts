import { PHOTO_LIMITS, PHOTO_TYPES } from '@kafe/shared/photos';
import { inspectImage } from '@kafe/shared/photosImage';
import { z } from 'zod';
import type { EventOf, WorkshopEvent } from '@kafe/shared/events';
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

/** What a photo.added event says of its photo: where it was taken, and the facts the server read from its bytes. */
export type AddedPhoto = Pick<
  EventOf<'photo.added'>,
  'photoId' | 'table' | 'round' | 'mime' | 'width' | 'height' | 'bytes'
>;

/**
 * The photos of an import, checked as an upload is (the bytes, not the stated type), and against the log: each kept
 * photo.added must come with bytes, and those bytes must be the photo the event describes (type, width, height and
 * length as read from the bytes). An event whose file is missing or different would leave a report that embeds
 * another picture than the log records, or none: the import is refused, naming the photo, before anything is stored.
 * Bytes the log does not name (a removed photo) are left out.
 */
export function importedPhotos(
  body: unknown,
  added: ReadonlyMap<string, AddedPhoto>,
): { ok: true; photos: PhotoFile[] } | { ok: false; message: string } {
  const raw = typeof body === 'object' && body !== null && 'photos' in body ? body.photos : [];
  const parsed = exportedPhotosSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'photos: each needs photoId, mime and data (base64)' };
  const photos: PhotoFile[] = [];
  for (const p of parsed.data) {
    const event = added.get(p.photoId);
    if (!event || photos.some((kept) => kept.photoId === p.photoId)) continue; // a repeat: the first one counts
    const data = new Uint8Array(Buffer.from(p.data, 'base64'));
    const check = inspectImage(data);
    const name = photoName(event);
    if (!check.ok) return { ok: false, message: `${name} is not a whole image we keep (${check.reason})` };
    const read: PhotoFacts = { ...check.image, bytes: data.byteLength };
    const mismatch = differences(read, event);
    if (mismatch.length > 0 || p.mime !== read.mime)
      return {
        ok: false,
        message: `${name}: its bytes are ${describe(read)}, but the log's photo.added says ${describe(event)}${p.mime !== read.mime ? ` and the export states ${p.mime}` : ''}; the export's photo is not the one the log records`,
      };
    photos.push({ photoId: p.photoId, ...check.image, data });
  }
  for (const event of added.values()) {
    if (!photos.some((p) => p.photoId === event.photoId))
      return { ok: false, message: `${photoName(event)} is in the log but its bytes are not in the export's photos` };
  }
  return { ok: true, photos };
}

type PhotoFacts = Pick<AddedPhoto, 'mime' | 'width' | 'height' | 'bytes'>;

const photoName = (e: AddedPhoto): string => `photo ${e.photoId} (table ${e.table}, round ${e.round})`;
const describe = (f: PhotoFacts): string => `${f.mime}, ${f.width} × ${f.height} px, ${f.bytes} bytes`;
const differences = (a: PhotoFacts, b: PhotoFacts): string[] =>
  (['mime', 'width', 'height', 'bytes'] as const).filter((k) => a[k] !== b[k]);

/** The photos an imported log adds and does not remove again, with what each photo.added says of its photo. */
export function addedPhotosOf(events: readonly { event: WorkshopEvent }[]): Map<string, AddedPhoto> {
  const added = new Map<string, AddedPhoto>();
  for (const { event } of events) {
    if (event.type === 'photo.added') {
      const { photoId, table, round, mime, width, height, bytes } = event;
      added.set(photoId, { photoId, table, round, mime, width, height, bytes });
    }
    if (event.type === 'photo.removed') added.delete(event.photoId);
  }
  return added;
}
