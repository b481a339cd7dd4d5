// What is not a whole, reasonably sized image is refused with a clear reason, and nothing is stored.
import { describe, expect, it } from 'vitest';
import { hugePng, notAnImage, png, SMALL_JPEG, truncatedJpeg } from '../../fixtures/photos.js';
import { readPastMarker } from '../marker.js';
import { asRole, createWorkshop, join, roleTokens, useApp } from '../harness.js';
import { newUpload, upload } from './upload.js';

const h = useApp();

async function refusedAndNothingStored(body: Buffer, status: number, message: RegExp, type = 'image/jpeg') {
  const w = await createWorkshop(h.url);
  const t = roleTokens(w);
  const [facilitator, screen] = await Promise.all([join(h.url, asRole(t.facilitator)), join(h.url, asRole(t.screen))]);
  h.opened.push(facilitator, screen);
  const res = await upload(h.url, w.id, t.host(1), newUpload(), body, type);
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({ error: { code: 'bad_request' } });
  expect(JSON.stringify(res.body)).toMatch(message);
  await readPastMarker(facilitator, screen);
  expect(screen.events.filter((e) => e.event.type === 'photo.added')).toHaveLength(0);
  const { rows } = await h.db.query<{ n: number }>('select count(*)::int as n from photos where workshop_id = $1', [
    w.id,
  ]);
  expect(rows[0]?.n).toBe(0);
}

describe('a file that is not a photo we keep', () => {
  it('a document labelled image/jpeg is refused as not an image', async () => {
    await refusedAndNothingStored(notAnImage(), 400, /not a JPEG, PNG or WebP/);
  });

  it('a truncated JPEG is refused as incomplete', async () => {
    await refusedAndNothingStored(truncatedJpeg(), 400, /incomplete/);
  });

  it('a small file that decodes to 20,000 × 20,000 pixels is refused before anything decodes it', async () => {
    await refusedAndNothingStored(hugePng(), 400, /megapixels/, 'image/png');
  });

  it('a 50 MB body is refused as too large (413) without being stored', async () => {
    const big = Buffer.concat([SMALL_JPEG, Buffer.alloc(50 * 1024 * 1024)]);
    await refusedAndNothingStored(big, 413, /too large/);
  });

  it('a whole PNG is accepted: the type is read from the bytes, not from the Content-Type', async () => {
    const w = await createWorkshop(h.url);
    const res = await upload(h.url, w.id, roleTokens(w).host(1), newUpload(), png(40, 30), 'application/octet-stream');
    expect(res.status).toBe(201);
  });
});
