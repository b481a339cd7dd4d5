// An import's photos must be the photos its log records: each kept photo.added comes with bytes, and those bytes read
// as the type, size and byte length the event states. Otherwise the import is refused, naming the photo, and nothing
// (no workshop, no photo) is stored.
import { describe, expect, it } from 'vitest';
import { SMALL_JPEG, png } from '../../fixtures/photos.js';
import { KEY, createWorkshop, roleTokens, useApp } from '../harness.js';
import { newUpload, upload } from './upload.js';

const h = useApp();

interface ExportedPhoto {
  photoId: string;
  mime: string;
  data: string;
}
interface Exported {
  events: { event: Record<string, unknown> }[];
  photos?: ExportedPhoto[];
}

const count = async (table: 'workshops' | 'photos'): Promise<number> =>
  Number((await h.db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]?.n);

const importing = (body: unknown) =>
  fetch(`${h.url}/api/workshops/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** A workshop with one flip-chart photo at table 2, exported as JSON (with the photo's bytes). */
async function exportWithPhoto(): Promise<{ json: Exported; photoId: string }> {
  const w = await createWorkshop(h.url);
  const t = roleTokens(w);
  const u = newUpload();
  expect((await upload(h.url, w.id, t.host(2), u, SMALL_JPEG)).status).toBe(201);
  const res = await fetch(`${h.url}/api/workshops/${w.id}/export?format=json`, {
    headers: { authorization: `Bearer ${t.facilitator}` },
  });
  const json = (await res.json()) as Exported;
  expect(json.photos?.map((p) => p.photoId)).toEqual([u.photoId]);
  return { json, photoId: u.photoId };
}

/** Imports `body`, expecting a refusal; answers its message, and checks that nothing new was stored. */
async function refused(body: unknown): Promise<string> {
  const [workshops, photos] = [await count('workshops'), await count('photos')];
  const res = await importing(body);
  expect(res.status).toBe(400);
  const message = ((await res.json()) as { error: { message: string } }).error.message;
  expect([await count('workshops'), await count('photos')]).toEqual([workshops, photos]);
  return message;
}

describe("an import's photos are checked against the log's photo.added", () => {
  it('bytes of another picture than the event records are refused, naming the photo', async () => {
    const { json, photoId } = await exportWithPhoto();
    const other = png(48, 32);
    const photos = json.photos?.map((p) => ({ ...p, mime: 'image/png', data: other.toString('base64') }));
    const message = await refused({ ...json, photos });
    expect(message).toContain(`photo ${photoId} (table 2, round 1)`);
    expect(message).toContain('image/png, 48 × 32 px');
    expect(message).toContain('image/jpeg, 48 × 32 px');
  });

  it('a photo.added whose stated size differs from its bytes is refused', async () => {
    const { json, photoId } = await exportWithPhoto();
    const events = json.events.map((e) =>
      e.event.type === 'photo.added' ? { ...e, event: { ...e.event, width: 1600, height: 1200 } } : e,
    );
    const message = await refused({ ...json, events });
    expect(message).toContain(`photo ${photoId} (table 2, round 1): its bytes are image/jpeg, 48 × 32 px`);
    expect(message).toContain('1600 × 1200 px');
  });

  it('a photo.added without bytes in the export is refused', async () => {
    const { json, photoId } = await exportWithPhoto();
    const message = await refused({ ...json, photos: [] });
    expect(message).toBe(
      `photo ${photoId} (table 2, round 1) is in the log but its bytes are not in the export's photos`,
    );
    const { photos: _dropped, ...withoutPhotos } = json;
    expect(await refused(withoutPhotos)).toBe(message);
  });

  it('the untouched export imports (the check does not refuse the real thing)', async () => {
    const { json } = await exportWithPhoto();
    const res = await importing(json);
    expect(res.status).toBe(201);
  });
});
