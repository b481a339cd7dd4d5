// A flip-chart photo whose upload keeps failing holds back none of the notes typed after it: the photo endpoint
// answers 503 (the route below, for the upload only; the socket works), a note typed meanwhile reaches the server, and
// once the endpoint is back the photo arrives, once. A photo refused for good (a proxy's 413) is dropped with a
// message on the tablet instead of being retried forever.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { z } from 'zod';
import { Harness, textOf, tid, waitFor, type CreatedWorkshop } from '../harness.js';
import { must } from '../../fixtures/must.js';
import { outbox, workshopInRoundOne } from '../hosts/tablet.js';
import { cameraPhoto } from './cameraPhoto.js';

const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true };

let h: Harness;
let w: CreatedWorkshop;

beforeAll(async () => {
  h = await Harness.start();
  w = await workshopInRoundOne(h, 'Flipover som står fast');
});

afterAll(async () => {
  await h.close();
});

const logSchema = z.object({
  events: z.array(
    z.object({
      event: z.looseObject({ type: z.string(), text: z.unknown().optional(), table: z.unknown().optional() }),
    }),
  ),
});

/** The stored events of a type (the facilitator's full JSON export: what the server has, not what a page shows). */
async function stored(type: string, table: number): Promise<z.infer<typeof logSchema>['events']> {
  const r = await fetch(`${h.base}/api/workshops/${w.id}/export?format=json`, {
    headers: { authorization: `Bearer ${w.facilitatorToken}` },
  });
  return logSchema.parse(await r.json()).events.filter((e) => e.event.type === type && e.event.table === table);
}

/** Routes the tablet's photo uploads (POST …/photos) through `answer`; everything else goes to the server. */
async function interceptUploads(page: Page, answer: (route: Route) => Promise<void>): Promise<{ tries: () => number }> {
  let tries = 0;
  await page.route(
    (url) => url.pathname.endsWith('/photos'),
    async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      tries++;
      return answer(route);
    },
  );
  return { tries: () => tries };
}

async function openTablet(table: number): Promise<Page> {
  const host = await h.openPage(must(w.links.hosts[table - 1]).url, TABLET);
  await waitFor(
    () => tid(host, 'connection-status').getAttribute('data-state'),
    (s) => s === 'online',
  );
  return host;
}

async function addNote(page: Page, text: string): Promise<void> {
  await tid(page, 'note-input').fill(text);
  await tid(page, 'note-input').press('Enter');
}

describe('a flip-chart photo that cannot be uploaded', () => {
  it('a note typed after a photo stuck on 503s reaches the server, and the photo arrives once when the endpoint is back', async () => {
    const host = await openTablet(1);
    let down = true;
    const uploads = await interceptUploads(host, (route) =>
      down
        ? route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>503 Service Unavailable</h1>' })
        : route.continue(),
    );
    await tid(host, 'photo-input').setInputFiles({
      name: 'IMG_3001.jpg',
      mimeType: 'image/jpeg',
      buffer: await cameraPhoto(host),
    });
    // The photo is on the tablet and its upload has been refused: it is stuck at the head of the queue.
    expect(
      await waitFor(
        () => uploads.tries(),
        (n) => n >= 1,
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(await tid(host, 'photo-item').getAttribute('data-pending')).toBe('true');

    await addNote(host, 'Skrevet etter bildet som står fast');
    const notes = await waitFor(
      () => stored('note.added', 1),
      (e) => e.length === 1,
    );
    expect(notes.map((e) => e.event.text)).toEqual(['Skrevet etter bildet som står fast']);
    expect(await stored('photo.added', 1)).toHaveLength(0);
    expect(await tid(host, 'photo-item').getAttribute('data-pending')).toBe('true');

    down = false;
    // Backoff: the next try comes after a wait that grew with each failure (at most 30 s).
    expect(
      await waitFor(
        () => stored('photo.added', 1),
        (e) => e.length === 1,
        60_000,
      ),
    ).toHaveLength(1);
    expect(
      await waitFor(
        () => outbox(host),
        (t) => t === '0',
      ),
    ).toBe('0');
    expect(await tid(host, 'photo-item').getAttribute('data-pending')).toBe('false');
    expect(await stored('photo.added', 1)).toHaveLength(1);
  });

  it('a photo refused for good (a proxy’s 413) is dropped with a message, and is not tried again', async () => {
    const host = await openTablet(2);
    const uploads = await interceptUploads(host, (route) =>
      route.fulfill({ status: 413, contentType: 'text/html', body: '<h1>413 Request Entity Too Large</h1>' }),
    );
    await tid(host, 'photo-input').setInputFiles({
      name: 'IMG_3002.jpg',
      mimeType: 'image/jpeg',
      buffer: await cameraPhoto(host),
    });
    expect(
      await waitFor(
        () => textOf(host, 'photo-refused').catch(() => ''),
        (t) => /Serveren tok ikke imot bildet/.test(t),
      ),
    ).toMatch(/^Serveren tok ikke imot bildet, og det er ikke lagret\. Det sendes ikke på nytt/); // no English from the server
    expect(
      await waitFor(
        () => tid(host, 'photo-item').count(),
        (n) => n === 0,
      ),
    ).toBe(0);
    expect(await outbox(host)).toBe('0');
    // The outbox is empty, so nothing is left to retry; a note after it goes through, and the photo was tried once.
    await addNote(host, 'Etter det avviste bildet');
    await waitFor(
      () => stored('note.added', 2),
      (e) => e.length === 1,
    );
    expect(uploads.tries()).toBe(1);
    expect(await stored('photo.added', 2)).toHaveLength(0);
  });
});
