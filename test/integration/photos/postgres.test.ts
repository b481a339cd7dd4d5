// The same photo upload on PostgreSQL (bytea, the size check, the lost-answer retry): PGlite and PostgreSQL alike.
// Runs when the integration project has a PostgreSQL cluster (pgGlobalSetup.ts, through pgUrl.ts); skips otherwise.
import { describe, expect, it } from 'vitest';
import { SMALL_JPEG } from '../../fixtures/photos.js';
import { readPastMarker } from '../marker.js';
import { asRole, createWorkshop, join, roleTokens, startApp, type Harness } from '../harness.js';
import { freshDatabase } from '../multiprocess/database.js';
import { testDatabaseUrl } from '../pgUrl.js';
import { newUpload, upload, uploadWithoutAnswer } from './upload.js';

const databaseUrl = testDatabaseUrl();

describe.skipIf(!databaseUrl)('photos on PostgreSQL', () => {
  it('a photo retried after a lost answer is one row and one event, and comes back byte for byte', async () => {
    const db = await freshDatabase(databaseUrl);
    const h: Harness = await startApp({ databaseUrl: db.url });
    try {
      const w = await createWorkshop(h.url);
      const t = roleTokens(w);
      const [facilitator, screen] = await Promise.all([
        join(h.url, asRole(t.facilitator)),
        join(h.url, asRole(t.screen)),
      ]);
      const u = newUpload();
      const lost = await uploadWithoutAnswer(h.url, w.id, t.host(1), u, SMALL_JPEG);
      await screen.waitFor((e) => e.event.type === 'photo.added' && e.event.photoId === u.photoId, 'the upload');
      lost.hangUp();
      expect((await upload(h.url, w.id, t.host(1), u, SMALL_JPEG)).status).toBe(200);
      await readPastMarker(facilitator, screen);
      expect(screen.events.filter((e) => e.event.type === 'photo.added')).toHaveLength(1);
      const rows = await h.db.query<{ n: number }>('select count(*)::int as n from photos where workshop_id = $1', [
        w.id,
      ]);
      expect(rows.rows[0]?.n).toBe(1);
      const got = await fetch(`${h.url}/api/workshops/${w.id}/photos/${u.photoId}`, {
        headers: { authorization: `Bearer ${t.facilitator}` },
      });
      expect(Buffer.from(await got.arrayBuffer()).equals(SMALL_JPEG)).toBe(true);
      // The database itself refuses a photo over the limit, whoever writes it.
      await expect(
        h.db.query(
          "insert into photos (workshop_id, photo_id, mime, width, height, data) values ($1, 'x', 'image/jpeg', 1, 1, $2)",
          [w.id, Buffer.alloc(2_000_001)],
        ),
      ).rejects.toThrow(/photos_size/);
      facilitator.close();
      screen.close();
    } finally {
      await h.close();
      await db.drop();
    }
  });
});
