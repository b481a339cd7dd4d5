// The tablet reloaded with no network (issue 12): the service worker serves the app shell, the page draws its last
// known workshop and its pending notes, and they arrive exactly once when the server is back. The server is really
// down (killed), not only the page's network emulated off. Also: the app is installable (manifest, icons, worker).
// localhost is a secure context, as a venue needs HTTPS for (README: HTTPS).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { expectNoAxeViolations, Harness, tid, waitFor, type CreatedWorkshop } from '../harness.js';
import { workshopInRoundOne } from './tablet.js';

let h: Harness;
let w: CreatedWorkshop;

beforeAll(async () => {
  h = await Harness.start();
  w = await workshopInRoundOne(h, 'Uten nett');
});
afterAll(async () => {
  await h.close();
});

const exported = z.object({
  events: z.array(z.object({ event: z.object({ type: z.string(), text: z.string().optional() }) })),
});
async function timesStored(text: string): Promise<number> {
  const r = await fetch(`${h.base}/api/workshops/${w.id}/export?format=json`, {
    headers: { authorization: `Bearer ${w.facilitatorToken}` },
  });
  return exported.parse(await r.json()).events.filter((e) => e.event.type === 'note.added' && e.event.text === text)
    .length;
}
const noteTexts = (page: Page): Promise<string[]> =>
  tid(page, 'note-item')
    .locator('.note-text')
    .allInnerTexts()
    .catch(() => []);
const outbox = (page: Page): Promise<string> =>
  tid(page, 'outbox-count')
    .innerText({ timeout: 1000 })
    .catch(() => '');

/** The worker controls the page, and the page's last known workshop is on the device. */
async function readyForOffline(page: Page): Promise<void> {
  await waitFor(
    () => page.evaluate(() => navigator.serviceWorker.controller !== null),
    (controlled) => controlled,
    15_000,
  );
  await waitFor(
    () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('kafedialog-last-known');
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('workshops')) {
                resolve(0);
                return;
              }
              const count = db.transaction('workshops').objectStore('workshops').count();
              count.onsuccess = () => resolve(count.result);
              count.onerror = () => resolve(0);
            };
            open.onerror = () => resolve(0);
          }),
      ),
    (n) => n > 0,
    15_000,
  );
}

describe('a tablet with no network', () => {
  for (const [name, viewport, table] of [
    ['1024×768', { width: 1024, height: 768 }, 1],
    ['768×1024', { width: 768, height: 1024 }, 2],
  ] as const) {
    it(`at ${name}, reloads offline with its pending notes, which arrive once when the server is back`, async () => {
      const url = w.links.hosts.find((x) => x.table === table)?.url ?? '';
      const host = await h.openPage(url, { viewport, hasTouch: true });
      await tid(host, 'note-input').waitFor({ timeout: 15_000 });
      await readyForOffline(host);

      // The server goes away (and with it the network): two notes wait in the outbox.
      await h.server.kill();
      await host.context().setOffline(true);
      const notes = [`Uten nett ved bord ${table}, først`, `Uten nett ved bord ${table}, så`];
      for (const text of notes) {
        await tid(host, 'note-input').fill(text);
        await tid(host, 'note-input').press('Enter');
      }
      expect(
        await waitFor(
          () => outbox(host),
          (t) => t === '2',
          10_000,
        ),
      ).toBe('2');

      // Reloading with no server and no network opens the app, with the round and the pending notes.
      const response = await host.reload();
      expect(response?.fromServiceWorker()).toBe(true);
      await tid(host, 'note-input').waitFor({ timeout: 15_000 });
      expect(
        await waitFor(
          () => noteTexts(host),
          (t) => t.length === 2,
          10_000,
        ),
      ).toEqual([...notes].reverse());
      expect(
        await waitFor(
          () => outbox(host),
          (t) => t === '2',
          10_000,
        ),
      ).toBe('2');
      expect(await tid(host, 'connection-status').getAttribute('data-state')).toBe('offline');
      expect(await tid(host, 'current-question').innerText()).toMatch(/Hva har du hørt i dag/);
      await expectNoAxeViolations(host, `host reloaded offline (${name})`);

      // Back: the outbox empties, and the server holds each note exactly once.
      await h.server.spawn();
      await host.context().setOffline(false);
      expect(
        await waitFor(
          () => outbox(host),
          (t) => t === '0',
          30_000,
        ),
      ).toBe('0');
      for (const text of notes) expect(await timesStored(text)).toBe(1);
      expect(await noteTexts(host)).toEqual([...notes].reverse());
    });
  }

  it('is installable: manifest, icons and the worker pass Chromium’s own check, and the CSP admits them', async () => {
    const url = w.links.hosts.find((x) => x.table === 3)?.url ?? '';
    const host = await h.openPage(url, { viewport: { width: 1024, height: 768 } });
    await readyForOffline(host);
    const cdp = await host.context().newCDPSession(host);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // Test browsers run incognito-like profiles, which Chromium never offers to install from; nothing else may stop it.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    const app = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data?: string };
    expect(app.url).toBe(`${h.base}/manifest.webmanifest`);
    expect(app.errors).toEqual([]);
    expect(app.data).toMatch(/"start_url": "\/launch"/);

    // The installed app starts at /launch, which opens this device's table page again.
    await host.goto(`${h.base}/launch`);
    await waitFor(
      () => Promise.resolve(new URL(host.url()).pathname),
      (path) => path === '/host',
      10_000,
    );
    expect(new URL(host.url()).hash).toBe(new URL(url).hash);
    await tid(host, 'note-input').waitFor({ timeout: 15_000 });

    const manifest = await fetch(`${h.base}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    const csp = (await fetch(`${h.base}/host`)).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/worker-src 'self'/);
    expect(csp).toMatch(/manifest-src 'self'/);
    const sw = await fetch(`${h.base}/sw.js`);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(await sw.text()).not.toMatch(/__KAFE_/);
  });
});
