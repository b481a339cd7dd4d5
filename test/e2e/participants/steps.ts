// Steps for the participant browser tests: QR codes read off screenshots, and a facilitator driven over a socket.
import { randomUUID } from 'node:crypto';
import jsqr from 'jsqr';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '@kafe/shared/constants';
import { sleep, tid, waitFor } from '../harness.js';

/** The text a QR code on the page encodes, read from a screenshot of the element as a phone camera would. */
// jsqr is CommonJS: under NodeNext the default import is its module object, whose `default` is the decoder (the
// function itself carries the same `default` at run time, so this works however the loader interops).
const jsQR = jsqr.default;

export async function decodeQr(element: Locator): Promise<string> {
  const png = PNG.sync.read(await element.screenshot({ timeout: 10_000 }));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
}

export const textOr = (page: Page, id: string): Promise<string> =>
  tid(page, id)
    .first()
    .innerText({ timeout: 1_000 })
    .then(
      (s) => s.trim(),
      () => '',
    );

/** Waits until `id`'s text matches; returns the last text read. When it never does, prints what the page shows instead. */
export async function waitText(page: Page, id: string, re: RegExp, ms = 10_000): Promise<string> {
  const text = await waitFor(
    () => textOr(page, id),
    (t) => re.test(t),
    ms,
  );
  if (!re.test(text)) {
    const body = await page
      .locator('body')
      .innerText()
      .catch(() => '(no body)');
    console.error(`[waitText] ${id} never matched ${re} on ${page.url()}; the page shows:\n${body.slice(0, 1500)}`);
  }
  return text;
}

/** A facilitator over socket.io, for steps that need no clicking (opening a vote, say). */
export async function facilitatorSocket(
  base: string,
  token: string,
): Promise<{ send(name: string, payload?: Record<string, unknown>): Promise<void>; close(): void }> {
  const socket: Socket = io(base, {
    transports: ['websocket'],
    auth: { v: PROTOCOL_VERSION, token, lastSeq: 0 },
    forceNew: true,
    reconnection: false,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('welcome', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    async send(name, payload = {}) {
      const r: unknown = await socket.timeout(10_000).emitWithAck(name, { opId: randomUUID(), ...payload });
      if (typeof r !== 'object' || r === null || !('ok' in r) || r.ok !== true)
        throw new Error(`${name} refused: ${JSON.stringify(r)}`);
    },
    close: () => void socket.disconnect(),
  };
}

/**
 * Counts navigator.vibrate calls on every page of a context, in a data attribute (no globals needed). A string, not a
 * function: the test's transpiler may add helpers to a function that do not exist in the page.
 */
export async function countVibrations(page: Page): Promise<void> {
  await page.context().addInitScript(`
    Object.defineProperty(navigator, 'vibrate', {
      configurable: true,
      value: function () {
        var root = document.documentElement;
        root.dataset.vibrations = String(Number(root.dataset.vibrations || '0') + 1);
        return true;
      },
    });
  `);
}
export const vibrations = (page: Page): Promise<number> =>
  page.evaluate(() => Number(document.documentElement.dataset.vibrations ?? '0'));

/** axe (WCAG 2.0/2.1 A and AA) on part of a page only: the facilitator's console holds other features' panels too. */
export async function axeViolationsIn(page: Page, selectors: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const s of selectors) builder = builder.include(s);
  const result = await builder.analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export { sleep };
