// Flip-chart photos end to end on a tablet-sized page (the camera is a file input there): a 12 MP photo taken offline
// is made small on the tablet, survives the tab being closed, is sent once when the network is back, and shows in the
// console, in the next group's recap card and on the projector. Files that are no photo are refused on the tablet.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { expectNoAxeViolations, Harness, pressClock, textOf, tid, waitFor, type CreatedWorkshop } from '../harness.js';
import { hugePng, notAnImage, truncatedJpeg } from '../../fixtures/photos.js';
import { must } from '../../fixtures/must.js';
import { CAMERA, cameraPhoto } from './cameraPhoto.js';
import { outbox, reopenOnline } from '../hosts/tablet.js';

const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true };

let h: Harness;
let w: CreatedWorkshop;
let facilitator: Page;

beforeAll(async () => {
  h = await Harness.start();
  w = await h.createWorkshop({ title: 'Flipover' });
  facilitator = await h.openPage(w.links.facilitator);
  await tid(facilitator, 'clock-start').click();
  await tid(facilitator, 'clock-next').click(); // intro → round 1
});

afterAll(async () => {
  await h.close();
});

const exportSchema = z.object({
  events: z.array(z.object({ event: z.looseObject({ type: z.string() }) })),
});
const photoAdded = z.object({
  type: z.literal('photo.added'),
  photoId: z.string(),
  width: z.number(),
  height: z.number(),
  bytes: z.number(),
  table: z.number(),
  round: z.number(),
});

async function photoEvents() {
  const r = await fetch(`${h.base}/api/workshops/${w.id}/export?format=json`, {
    headers: { authorization: `Bearer ${w.facilitatorToken}` },
  });
  return exportSchema
    .parse(await r.json())
    .events.map((e) => photoAdded.safeParse(e.event))
    .flatMap((p) => (p.success ? [p.data] : []));
}

const loadedImages = (page: Page, selector: string): Promise<number> =>
  page
    .locator(selector)
    .evaluateAll(
      (imgs) => imgs.filter((i) => i instanceof HTMLImageElement && i.complete && i.naturalWidth > 0).length,
    );

describe('flip-chart photos on the host tablet', () => {
  it('a 12 MP photo taken offline, tab closed, back online: sent once, small, in the console and the next round’s recap', async () => {
    const host = await h.openPage(must(w.links.hosts[0]).url, TABLET);
    await waitFor(
      () => tid(host, 'connection-status').getAttribute('data-state'),
      (s) => s === 'online',
    );
    const original = await cameraPhoto(host);

    await host.context().setOffline(true);
    await tid(host, 'photo-input').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: original });
    expect(
      await waitFor(
        () => tid(host, 'photo-item').count(),
        (n) => n === 1,
      ),
    ).toBe(1);
    expect(await tid(host, 'photo-item').getAttribute('data-pending')).toBe('true');
    expect(await outbox(host)).toBe('1');
    // Shown from the tablet's own copy while it waits.
    expect(
      await waitFor(
        () => loadedImages(host, '[data-testid="photo-item"] img'),
        (n) => n === 1,
      ),
    ).toBe(1);

    const { page: again, outbox: left } = await reopenOnline(host, must(w.links.hosts[0]).url, 60_000);
    expect(left).toBe('0');
    expect(
      await waitFor(
        () => tid(again, 'photo-item').getAttribute('data-pending'),
        (p) => p === 'false',
      ),
    ).toBe('false');
    expect(await tid(again, 'photo-item').count()).toBe(1);

    const events = await photoEvents();
    expect(events).toHaveLength(1);
    const sent = must(events[0]);
    expect(Math.max(sent.width, sent.height)).toBe(1600);
    expect(sent.width / sent.height).toBeCloseTo(CAMERA.width / CAMERA.height, 2);
    expect(sent.bytes).toBeLessThanOrEqual(300_000);
    console.log(
      `photo: ${CAMERA.width}×${CAMERA.height} ${original.length} bytes → ${sent.width}×${sent.height} ${sent.bytes} bytes`,
    );

    // The Word report embeds it once, captioned with its table and round.
    const docx = await fetch(`${h.base}/api/workshops/${w.id}/export?format=docx`, {
      headers: { authorization: `Bearer ${w.facilitatorToken}` },
    });
    const zip = await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
    expect(await zip.file('word/document.xml')?.async('string')).toContain('Flipover fra bord 1, runde 1');

    // The console: once, under round 1, table 1, loaded with the facilitator's token.
    const consolePhotos = tid(facilitator, 'facilitator-photo');
    expect(
      await waitFor(
        () => consolePhotos.count(),
        (n) => n === 1,
      ),
    ).toBe(1);
    expect(await consolePhotos.getAttribute('data-table')).toBe('1');
    expect(
      await waitFor(
        () => loadedImages(facilitator, '[data-testid="facilitator-photo"] img'),
        (n) => n === 1,
      ),
    ).toBe(1);

    // Round 1 → rotation → round 2: the next group's recap card shows round 1's photo; this round has none yet.
    await pressClock(facilitator, 'clock-next');
    await pressClock(facilitator, 'clock-next');
    const recap = tid(again, 'recap-card');
    await waitFor(() => recap.isVisible().catch(() => false), Boolean);
    await recap.locator('summary').click();
    expect(
      await waitFor(
        () => loadedImages(again, '[data-testid="recap-photos"] img'),
        (n) => n === 1,
      ),
    ).toBe(1);
    expect(await tid(again, 'photo-item').count()).toBe(0);
    await expectNoAxeViolations(again, 'host tablet with a recap photo');
    await expectNoAxeViolations(facilitator, 'console with photos');
  });

  it('retake replaces the photo and delete removes it, on the tablet and in the console', async () => {
    const host = await h.openPage(must(w.links.hosts[1]).url, TABLET);
    const photo = await cameraPhoto(host);
    await tid(host, 'photo-input').setInputFiles({ name: 'a.jpg', mimeType: 'image/jpeg', buffer: photo });
    expect(
      await waitFor(
        () => tid(host, 'photo-item').getAttribute('data-pending'),
        (p) => p === 'false',
      ),
    ).toBe('false');
    const first = await photoEvents();

    const [chooser] = await Promise.all([
      host.waitForEvent('filechooser'),
      tid(host, 'photo-item').getByRole('button', { name: 'Ta på nytt' }).click(),
    ]);
    await chooser.setFiles({ name: 'b.jpg', mimeType: 'image/jpeg', buffer: photo });
    // The new photo is made small first, then queued: wait for the server to have it, then for the tablet to settle.
    const after = await waitFor(
      () => photoEvents(),
      (events) => events.length === first.length + 1,
    );
    expect(after).toHaveLength(first.length + 1);
    expect(
      await waitFor(
        () => outbox(host),
        (t) => t === '0',
      ),
    ).toBe('0');
    expect(await tid(host, 'photo-item').count()).toBe(1);
    // The console has this table's one photo (the retaken one), so its absence after the delete means something.
    expect(
      await waitFor(
        () => facilitator.locator('[data-testid="facilitator-photo"][data-table="2"]').count(),
        (n) => n === 1,
      ),
    ).toBe(1);

    await tid(host, 'photo-item')
      .getByRole('button', { name: /^Slett bilde/ })
      .click();
    expect(
      await waitFor(
        () => tid(host, 'photo-item').count(),
        (n) => n === 0,
      ),
    ).toBe(0);
    expect(
      await waitFor(
        () => facilitator.locator('[data-testid="facilitator-photo"][data-table="2"]').count(),
        (n) => n === 0,
      ),
    ).toBe(0);
  });

  it('refuses what is no photo on the tablet, says why, stores nothing and keeps going', async () => {
    const host = await h.openPage(must(w.links.hosts[2]).url, TABLET);
    const cases: [string, Buffer, RegExp][] = [
      ['notes.jpg', notAnImage(), /ikke et bilde/],
      ['cut.jpg', truncatedJpeg(), /ufullstendig/],
      ['huge.png', hugePng(), /over 20 megapiksler/],
    ];
    for (const [name, buffer, message] of cases) {
      await tid(host, 'photo-input').setInputFiles({ name, mimeType: 'image/jpeg', buffer });
      expect(
        await waitFor(
          () => textOf(host, 'photo-refused'),
          (t) => message.test(t),
        ),
      ).toMatch(message);
      expect(await tid(host, 'photo-item').count()).toBe(0);
      expect(await outbox(host)).toBe('0');
    }
    // 50 MB (past what Playwright passes as a buffer, so from a file, as a camera roll would hand it over).
    const big = join(mkdtempSync(join(tmpdir(), 'kafe-photo-')), 'big.jpg');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0xff));
    await tid(host, 'photo-input').setInputFiles(big);
    expect(
      await waitFor(
        () => textOf(host, 'photo-refused'),
        (t) => /for stor/.test(t),
      ),
    ).toMatch(/for stor/);
    expect(await tid(host, 'photo-item').count()).toBe(0);
    // And a real photo after them goes through.
    await tid(host, 'photo-input').setInputFiles({
      name: 'ok.jpg',
      mimeType: 'image/jpeg',
      buffer: await cameraPhoto(host),
    });
    expect(
      await waitFor(
        () => tid(host, 'photo-item').getAttribute('data-pending'),
        (p) => p === 'false',
      ),
    ).toBe('false');
    expect(await tid(host, 'photo-refused').count()).toBe(0);
  });
});
