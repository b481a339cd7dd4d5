// photoUpload: a 12-megapixel flip-chart photo taken on the host tablet and sent over a slow venue link.
//   link               what the tablet's network is held to, by Chromium's own throttling (CDP
//                      Network.emulateNetworkConditions): 1 Mbit/s up, 100 ms latency; downloads are not limited
//                      (the upload's answer and the event that follows are a few hundred bytes).
//   original           the camera photo as the file input hands it over: 4032×3024 JPEG of a flip chart with sensor
//                      noise (test/e2e/photos/cameraPhoto.ts), made in the page at run time.
//   compressed         what the tablet queued and the server stored (from the photo.added event): bytes, width, height.
//   compressQueueMs    from the input's change event to the photo shown as pending on the tablet: decode, scale,
//                      encode at the quality that fits ~300 KB, and the write to the IndexedDB outbox.
//   uploadToConsoleMs  from shown as pending to the facilitator's console hearing photo.added over its socket: the
//                      HTTP upload through the throttled link, the server's image check and commit, the broadcast.
//   uploadToTabletMs   from shown as pending to the tablet showing it as sent (its own event back over the socket).
// Median of 3, each a fresh tablet (a new browser context) on its own table. Wall clocks of the page and this process
// are the same machine's clock.
import type { Browser, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/src/constants.js';
import { must } from '../fixtures/must.js';
import { Harness, tid, waitFor, withLang } from '../e2e/harness.js';
import { workshopInRoundOne } from '../e2e/hosts/tablet.js';
import { CAMERA, cameraPhoto } from '../e2e/photos/cameraPhoto.js';
import { log, median, round } from './lib/stats.js';

const SAMPLES = 3;
const LINK = { uploadBitsPerS: 1_000_000, latencyMs: 100 };
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true };

interface Added {
  table: number;
  width: number;
  height: number;
  bytes: number;
  heardAt: number;
}

interface Sample {
  compressedBytes: number;
  width: number;
  height: number;
  compressQueueMs: number;
  uploadToConsoleMs: number;
  uploadToTabletMs: number;
}

/**
 * Marks in the page, on <html data-*> (no globals): when the photo input changed, when its photo showed (pending),
 * when it showed as sent. A string, so the test transpiler adds no helpers the page lacks.
 */
const PROBE = `(() => {
  const marks = document.documentElement.dataset;
  document.addEventListener('change', (e) => {
    if (e.target instanceof HTMLElement && e.target.dataset.testid === 'photo-input') marks.photoPicked = String(Date.now());
  }, true);
  new MutationObserver(() => {
    const item = document.querySelector('[data-testid="photo-item"]');
    if (!item) return;
    if (!marks.photoQueued) marks.photoQueued = String(Date.now());
    if (item.getAttribute('data-pending') === 'false' && !marks.photoSent) marks.photoSent = String(Date.now());
  }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-pending'] });
})()`;

/**
 * tsx (which runs the bench, unlike vitest) wraps named functions in a `__name` helper, also those handed to
 * page.evaluate, where it does not exist: the page gets a do-nothing one.
 */
const NAME_SHIM = 'globalThis.__name ??= (f) => f';

/** The facilitator's console as a socket: every photo.added it hears, with the time it heard it. */
async function consoleEars(base: string, token: string): Promise<{ added: Added[]; close: () => void }> {
  const added: Added[] = [];
  const socket = io(base, {
    transports: ['websocket'],
    auth: { v: PROTOCOL_VERSION, token, lastSeq: 0 },
    forceNew: true,
    reconnection: false,
  });
  socket.on('events', (events: unknown) => {
    const heardAt = Date.now();
    if (!Array.isArray(events)) return;
    for (const e of events as unknown[]) {
      const event: unknown = typeof e === 'object' && e !== null && 'event' in e ? e.event : null;
      if (typeof event !== 'object' || event === null || !('type' in event) || event.type !== 'photo.added') continue;
      const { table, width, height, bytes } = event as Record<string, unknown>;
      if (
        typeof table === 'number' &&
        typeof width === 'number' &&
        typeof height === 'number' &&
        typeof bytes === 'number'
      )
        added.push({ table, width, height, bytes, heardAt });
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('welcome', () => resolve());
    socket.once('connect_error', reject);
  });
  return { added, close: () => void socket.disconnect() };
}

async function onlineTablet(browser: Browser, url: string): Promise<Page> {
  const ctx = await browser.newContext(TABLET);
  const page = await ctx.newPage();
  await page.goto(withLang(url));
  await waitFor(
    () => tid(page, 'connection-status').getAttribute('data-state'),
    (s) => s === 'online',
    30_000,
  );
  return page;
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LINK.latencyMs,
    downloadThroughput: -1,
    uploadThroughput: LINK.uploadBitsPerS / 8,
  });
}

async function marks(page: Page): Promise<{ picked: number; queued: number; sent: number }> {
  return page.evaluate(() => {
    const m = document.documentElement.dataset;
    return { picked: Number(m.photoPicked), queued: Number(m.photoQueued), sent: Number(m.photoSent) };
  });
}

async function sample(browser: Browser, url: string, table: number, photo: Buffer, heard: Added[]): Promise<Sample> {
  const page = await onlineTablet(browser, url);
  try {
    await page.evaluate(NAME_SHIM);
    await page.evaluate(PROBE);
    await throttle(page);
    await tid(page, 'photo-input').setInputFiles({ name: 'IMG_4032.jpg', mimeType: 'image/jpeg', buffer: photo });
    const added = await waitFor(
      () => heard.find((a) => a.table === table),
      (a) => a !== undefined,
      120_000,
    );
    if (!added) throw new Error(`the console never heard table ${table}'s photo`);
    const m = await waitFor(
      () => marks(page),
      (x) => x.sent > 0,
      30_000,
    );
    if (!(m.picked > 0 && m.queued > 0 && m.sent > 0)) throw new Error(`incomplete marks: ${JSON.stringify(m)}`);
    return {
      compressedBytes: added.bytes,
      width: added.width,
      height: added.height,
      compressQueueMs: m.queued - m.picked,
      uploadToConsoleMs: added.heardAt - m.queued,
      uploadToTabletMs: m.sent - m.queued,
    };
  } finally {
    await page.context().close();
  }
}

export async function bench(): Promise<unknown> {
  const h = await Harness.start();
  try {
    const w = await workshopInRoundOne(h, 'Bench: flipoverbilder');
    const ears = await consoleEars(h.base, w.facilitatorToken);
    try {
      const maker = await h.browser.newPage();
      await maker.evaluate(NAME_SHIM);
      const photo = await cameraPhoto(maker);
      await maker.close();
      const samples: Sample[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const table = i + 1;
        const s = await sample(h.browser, must(w.links.hosts[i]).url, table, photo, ears.added);
        log(`photoUpload: table ${table}: ${JSON.stringify(s)}`);
        samples.push(s);
      }
      const mid = (pick: (s: Sample) => number): number => round(median(samples.map(pick)), 0);
      return {
        link: { upKbitPerS: LINK.uploadBitsPerS / 1000, downKbitPerS: 'unlimited', latencyMs: LINK.latencyMs },
        original: { bytes: photo.length, width: CAMERA.width, height: CAMERA.height },
        compressed: { bytes: mid((s) => s.compressedBytes), width: mid((s) => s.width), height: mid((s) => s.height) },
        compressQueueMs: mid((s) => s.compressQueueMs),
        uploadToConsoleMs: mid((s) => s.uploadToConsoleMs),
        uploadToTabletMs: mid((s) => s.uploadToTabletMs),
        samples,
      };
    } finally {
      ears.close();
    }
  } finally {
    await h.close();
  }
}
