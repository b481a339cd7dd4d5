// The report carries the photos: Word and the print page embed them with table and round, the JSON export carries
// them (base64), and an import of that JSON serves the same photo again.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { SMALL_JPEG } from '../../fixtures/photos.js';
import { KEY, createWorkshop, roleTokens, tokenOf, useApp } from '../harness.js';
import { newUpload, upload } from './upload.js';

const h = useApp();

const exported = (id: string, token: string, format: string) =>
  fetch(`${h.url}/api/workshops/${id}/export?format=${format}`, { headers: { authorization: `Bearer ${token}` } });

describe('photos in the harvest', () => {
  it('Word and HTML embed the photo with its table and round; the JSON carries it; an import serves it again', async () => {
    const w = await createWorkshop(h.url);
    const t = roleTokens(w);
    const u = newUpload();
    expect((await upload(h.url, w.id, t.host(3), u, SMALL_JPEG)).status).toBe(201);

    const docx = await JSZip.loadAsync(Buffer.from(await (await exported(w.id, t.facilitator, 'docx')).arrayBuffer()));
    const media = Object.keys(docx.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(await must(docx.file(media[0] ?? ''))).equals(SMALL_JPEG)).toBe(true);
    expect(await docx.file('word/document.xml')?.async('string')).toContain('Flipover fra bord 3, runde 1');

    const html = await (await exported(w.id, t.facilitator, 'html')).text();
    expect(html).toContain(`data:image/jpeg;base64,${SMALL_JPEG.toString('base64')}`);
    expect(html).toContain('Flipover fra bord 3, runde 1');

    const json = (await (await exported(w.id, t.facilitator, 'json')).json()) as { photos?: { data: string }[] };
    expect(json.photos?.map((p) => p.data)).toEqual([SMALL_JPEG.toString('base64')]);

    const imported = await fetch(`${h.url}/api/workshops/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(json),
    });
    expect(imported.status).toBe(201);
    const copy = (await imported.json()) as { id: string; facilitatorToken: string; links: { screen: string } };
    const served = await fetch(`${h.url}/api/workshops/${copy.id}/photos/${u.photoId}`, {
      headers: { authorization: `Bearer ${tokenOf(copy.links.screen)}` },
    });
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(SMALL_JPEG)).toBe(true);
  });
});

function must(file: JSZip.JSZipObject | null): Promise<Uint8Array> {
  if (!file) throw new Error('no such file in the zip');
  return file.async('uint8array');
}
