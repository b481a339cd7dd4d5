// Outside a secure context (plain http under a LAN name, as on a venue's Wi-Fi): the console says plainly what is lost,
// and everything else works (live sync, the tablet's outbox). On localhost, a secure context, it says nothing.
// Chromium is told that kafe.test is 127.0.0.1, so the same server is reached under a name that is not "localhost".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, expectNoAxeViolations, Harness, tid, waitFor, withLang } from './harness.js';
import { facilitatorSocket } from './participants/steps.js';

let h: Harness;
let browser: Browser;
beforeAll(async () => {
  h = await Harness.start({ env: { ALLOWED_HOSTS: 'kafe.test,localhost,127.0.0.1' } });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP kafe.test 127.0.0.1'],
  });
});
afterAll(async () => {
  await browser.close();
  await h.close();
});

const onLan = (url: string): string => withLang(url.replace('127.0.0.1', 'kafe.test'));
async function open(url: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(url);
  return page;
}
const online = (page: Page): Promise<string | null> =>
  waitFor(
    () =>
      tid(page, 'connection-status')
        .getAttribute('data-state', { timeout: 1000 })
        .catch(() => null),
    (s) => s === 'online',
    15_000,
  );

describe('secure context', () => {
  it('over plain http on a LAN name the console says what is lost, and the console and a tablet still work', async () => {
    const w = await h.createWorkshop({ title: 'Uten HTTPS' });
    const desk = await open(onLan(w.links.facilitator));
    expect(await online(desk)).toBe('online');
    expect(await desk.evaluate(() => window.isSecureContext)).toBe(false);
    const notice = tid(desk, 'insecure-notice');
    await notice.waitFor({ timeout: 10_000 });
    const text = await notice.innerText();
    expect(text).toMatch(/Siden er ikke åpnet over HTTPS/);
    expect(text).toMatch(/åpne siden på nytt uten nett/);
    expect(text).toMatch(/kan ikke installeres/);
    expect(text).toMatch(/ukryptert/);
    await expectNoAxeViolations(desk, 'console outside a secure context');

    // The tablet: no service worker here, but notes go through its outbox as ever.
    const fac = await facilitatorSocket(h.base, w.facilitatorToken);
    await fac.send('clock:start');
    await fac.send('clock:jump', { segmentId: 'round-1' });
    fac.close();
    const host = await open(onLan(w.links.hosts[0]?.url ?? ''));
    expect(await online(host)).toBe('online');
    expect(await host.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
    await tid(host, 'note-input').fill('Notert over vanlig http');
    await tid(host, 'note-input').press('Enter');
    expect(
      await waitFor(
        () => tid(host, 'outbox-count').innerText(),
        (t) => t === '0',
        10_000,
      ),
    ).toBe('0');
    expect(await tid(host, 'note-item').first().innerText()).toMatch(/Notert over vanlig http/);
  });

  it('on localhost (a secure context) the console shows no such notice', async () => {
    const w = await h.createWorkshop({ title: 'Med sikker kontekst' });
    const desk = await open(withLang(w.links.facilitator));
    expect(await online(desk)).toBe('online');
    await tid(desk, 'segment-title').waitFor({ timeout: 10_000 }); // the console is drawn: the marker
    expect(await desk.evaluate(() => window.isSecureContext)).toBe(true);
    expect(await tid(desk, 'insecure-notice').count()).toBe(0);
  });
});
