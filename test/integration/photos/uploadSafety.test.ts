// An upload leaves either its photo (bytes and photo.added together) or nothing: a failure after the bytes were
// written keeps none of them, and two uploads racing for one photoId never leave an event whose bytes are gone or
// belong to the other upload. On PGlite, and on PostgreSQL when the integration project has a cluster (pgUrl.ts).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { png, SMALL_JPEG } from '../../fixtures/photos.js';
import { useApp, type FileApp } from '../harness.js';
import { testDatabaseUrl } from '../pgUrl.js';
import { openRoom } from '../room.js';
import { newUpload, upload } from './upload.js';

const databaseUrl = testDatabaseUrl();
const stores: [string, FileApp][] = [['PGlite', useApp()]];
if (databaseUrl) stores.push(['PostgreSQL', useApp({ databaseUrl })]);

async function storedBytes(h: FileApp, workshopId: string, photoId: string): Promise<Buffer[]> {
  const { rows } = await h.db.query<{ data: Uint8Array }>(
    'select data from photos where workshop_id = $1 and photo_id = $2',
    [workshopId, photoId],
  );
  return rows.map((r) => Buffer.from(r.data));
}

async function photoEvents(h: FileApp, workshopId: string, photoId: string) {
  const events = await h.app.ctx.store.readSince(workshopId);
  return events.filter((e) => e.event.type === 'photo.added' && e.event.photoId === photoId);
}

/**
 * A real fault inside the append, after the photo's bytes went into the transaction: the database itself refuses the
 * photo.added row of this workshop (a trigger), as a full disk or a dropped connection at that moment would.
 */
async function failPhotoEventsOf(h: FileApp, workshopId: string): Promise<() => Promise<void>> {
  const name = `fail_photo_${workshopId.replace(/[^a-zA-Z0-9]/g, '_')}`;
  await h.db.exec(`
    create function ${name}() returns trigger language plpgsql as $$
    begin
      if new.workshop_id = '${workshopId}' and new.type = 'photo.added' then
        raise exception 'the disk filled up while storing a photo';
      end if;
      return new;
    end $$;
    create trigger ${name} before insert on events for each row execute function ${name}();
  `);
  return () => h.db.exec(`drop trigger ${name} on events; drop function ${name}();`);
}

describe.each(stores)('a photo upload is all or nothing (%s)', (_store, h) => {
  it('the store fails after the bytes were written: no bytes and no event are left, and the retry stores it once', async () => {
    const { w, t, screen } = await openRoom(h);
    const u = newUpload();
    const heal = await failPhotoEventsOf(h, w.id);
    const failed = await upload(h.url, w.id, t.host(1), u, SMALL_JPEG);
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(await storedBytes(h, w.id, u.photoId)).toHaveLength(0);
    expect(await photoEvents(h, w.id, u.photoId)).toHaveLength(0);

    await heal();
    const retried = await upload(h.url, w.id, t.host(1), u, SMALL_JPEG);
    expect(retried).toMatchObject({ status: 201, body: { photoId: u.photoId } });
    await screen.waitFor((e) => e.event.type === 'photo.added' && e.event.photoId === u.photoId, 'the retried photo');
    expect(await storedBytes(h, w.id, u.photoId)).toEqual([SMALL_JPEG]);
    expect(await photoEvents(h, w.id, u.photoId)).toHaveLength(1);
  });

  it('two uploads race for one photoId with different opIds: one wins, and its bytes are the ones kept and served', async () => {
    const { w, t } = await openRoom(h);
    const other = png(40, 30);
    // Several races, so the requests interleave in more than one order; each must end consistent.
    for (let i = 0; i < 6; i++) {
      const photoId = randomUUID();
      const first = { opId: randomUUID(), photoId, round: 1 };
      const second = { opId: randomUUID(), photoId, round: 1 };
      const [a, b] = await Promise.all([
        upload(h.url, w.id, t.host(1), first, SMALL_JPEG),
        upload(h.url, w.id, t.host(1), second, other, 'image/png'),
      ]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      const winner = a.status === 201 ? { bytes: SMALL_JPEG, width: 48 } : { bytes: other, width: 40 };
      const events = await photoEvents(h, w.id, photoId);
      expect(events).toHaveLength(1);
      expect(events[0]?.event).toMatchObject({ width: winner.width });
      expect(await storedBytes(h, w.id, photoId)).toEqual([winner.bytes]);
      const served = await fetch(`${h.url}/api/workshops/${w.id}/photos/${photoId}`, {
        headers: { authorization: `Bearer ${t.facilitator}` },
      });
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer()).equals(winner.bytes)).toBe(true);
    }
  });
});
