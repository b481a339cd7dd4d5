// A photo's upload retried after a lost answer is stored once: one row, one photo.added event, one photo on every page.
import { describe, expect, it } from 'vitest';
import type { VisibleEvent } from '@kafe/shared/events';
import { SMALL_JPEG } from '../../fixtures/photos.js';
import { readPastMarker } from '../marker.js';
import { asRole, join, useApp } from '../harness.js';
import { newUpload, upload, uploadWithoutAnswer } from './upload.js';
import { openRoom } from '../room.js';

const h = useApp();

const room = () => openRoom(h);

const added = (events: VisibleEvent[], photoId: string) =>
  events.filter((e) => e.event.type === 'photo.added' && e.event.photoId === photoId);

async function storedRows(workshopId: string): Promise<number> {
  const { rows } = await h.db.query<{ n: number }>('select count(*)::int as n from photos where workshop_id = $1', [
    workshopId,
  ]);
  return rows[0]?.n ?? -1;
}

describe('uploading a flip-chart photo', () => {
  it('is stored with its real dimensions, announced to the facilitator, the screen and its host, and served to them', async () => {
    const { w, t, facilitator, screen, host } = await room();
    const u = newUpload();
    const res = await upload(h.url, w.id, t.host(1), u, SMALL_JPEG);
    expect(res).toMatchObject({ status: 201, body: { photoId: u.photoId } });
    for (const c of [facilitator, screen, host]) {
      const e = await c.waitFor((x) => x.event.type === 'photo.added' && x.event.photoId === u.photoId);
      expect(e.event).toMatchObject({ table: 1, round: 1, mime: 'image/jpeg', width: 48, height: 32 });
    }
    for (const token of [t.facilitator, t.screen, t.host(1)]) {
      const got = await fetch(`${h.url}/api/workshops/${w.id}/photos/${u.photoId}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('image/jpeg');
      expect(got.headers.get('cache-control')).toContain('private');
      expect(Buffer.from(await got.arrayBuffer()).equals(SMALL_JPEG)).toBe(true);
    }
  });

  it('removed by its host: its bytes leave the database and it is no longer served', async () => {
    const { w, t, host } = await room();
    const u = newUpload();
    expect((await upload(h.url, w.id, t.host(1), u, SMALL_JPEG)).status).toBe(201);
    expect(await storedRows(w.id)).toBe(1);
    expect(await host.send('photo:remove', { photoId: u.photoId })).toMatchObject({ ok: true });
    expect(await storedRows(w.id)).toBe(0);
    const got = await fetch(`${h.url}/api/workshops/${w.id}/photos/${u.photoId}`, {
      headers: { authorization: `Bearer ${t.facilitator}` },
    });
    expect(got.status).toBe(404);
  });

  it('the answer lost after the server stored it: the retry is answered as a duplicate, one row and one event', async () => {
    const { w, t, facilitator, screen } = await room();
    const u = newUpload();
    const lost = await uploadWithoutAnswer(h.url, w.id, t.host(1), u, SMALL_JPEG);
    // The server went on without the tablet: the photo is there although the tablet never heard so.
    await screen.waitFor((e) => e.event.type === 'photo.added' && e.event.photoId === u.photoId, 'the first upload');
    lost.hangUp();
    const retry = await upload(h.url, w.id, t.host(1), u, SMALL_JPEG);
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ photoId: u.photoId });
    await readPastMarker(facilitator, screen);
    expect(added(screen.events, u.photoId)).toHaveLength(1);
    expect(added(await h.app.ctx.store.readSince(w.id), u.photoId)).toHaveLength(1);
    expect(await storedRows(w.id)).toBe(1);
  });

  it('the same upload twice at once (a retry racing the original): both succeed, one event, one row', async () => {
    const { w, t, facilitator, screen } = await room();
    const u = newUpload();
    const [a, b] = await Promise.all([
      upload(h.url, w.id, t.host(1), u, SMALL_JPEG),
      upload(h.url, w.id, t.host(1), u, SMALL_JPEG),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    await readPastMarker(facilitator, screen);
    expect(added(screen.events, u.photoId)).toHaveLength(1);
    expect(await storedRows(w.id)).toBe(1);
  });

  it('another upload under an id already taken is refused as a conflict, and the first photo stays', async () => {
    const { w, t } = await room();
    const u = newUpload();
    expect((await upload(h.url, w.id, t.host(1), u, SMALL_JPEG)).status).toBe(201);
    const again = await upload(h.url, w.id, t.host(1), { ...u, opId: crypto.randomUUID() }, SMALL_JPEG);
    expect(again.status).toBe(409);
    expect(await storedRows(w.id)).toBe(1);
  });

  it('a host uploads for its own table only, and sees only its own table’s photos', async () => {
    const { w, t, facilitator, host } = await room();
    const table2 = await join(h.url, asRole(t.host(2)));
    h.opened.push(table2);
    const u = newUpload();
    expect((await upload(h.url, w.id, t.host(2), u, SMALL_JPEG)).status).toBe(201);
    const theirs = await fetch(`${h.url}/api/workshops/${w.id}/photos/${u.photoId}`, {
      headers: { authorization: `Bearer ${t.host(1)}` },
    });
    expect(theirs.status).toBe(403);
    await readPastMarker(facilitator, host, table2);
    expect(added(host.events, u.photoId)).toHaveLength(0);
    expect(added(table2.events, u.photoId)).toHaveLength(1);
    // Neither the screen's nor the facilitator's token uploads: photos come from the tables.
    expect((await upload(h.url, w.id, t.facilitator, newUpload(), SMALL_JPEG)).status).toBe(403);
  });

  it('over the socket, photo:add is refused: a photo event never exists without its bytes', async () => {
    const { host } = await room();
    const u = newUpload();
    const ack = await host.send('photo:add', {
      photoId: u.photoId,
      round: 1,
      mime: 'image/jpeg',
      width: 48,
      height: 32,
      bytes: 100,
    });
    expect(ack).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});
