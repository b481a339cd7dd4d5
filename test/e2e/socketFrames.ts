// What the server sent a page, read off the page's websocket. A page filters and renders what it receives, so what it
// shows cannot prove the server withheld something; the frames can.
import { randomUUID } from 'node:crypto';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { waitFor, withLang, type Harness } from './harness.js';

export interface RecordedPage {
  page: Page;
  /** Every websocket frame the page has received, as text, from the first one (the welcome and its backlog). */
  frames: string[];
}

/** Opens `url` (with ?lang=nb) in a fresh context, like Harness.openPage, recording its websocket frames. */
export async function openRecorded(
  h: Harness,
  url: string,
  options: BrowserContextOptions = {},
): Promise<RecordedPage> {
  const ctx = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await ctx.newPage();
  const frames: string[] = [];
  page.on('websocket', (ws) =>
    ws.on(
      'framereceived',
      ({ payload }) => void frames.push(typeof payload === 'string' ? payload : payload.toString('utf8')),
    ),
  );
  await page.goto(withLang(url));
  return { page, frames };
}

/** What a marker needs: a socket that may show and dismiss a screen message (the facilitator's). */
export interface MarkerSender {
  send(name: string, payload?: Record<string, unknown>): Promise<void>;
}

/**
 * Shows a screen message, which every role receives, waits until each page's socket has it, and dismisses it again.
 * A socket delivers events in seq order, so once the marker is there everything the server sent the page before it is
 * there too: what is missing from the frames then was never sent, not merely late.
 */
export async function readPastMarker(facilitator: MarkerSender, ...pages: RecordedPage[]): Promise<void> {
  const messageId = randomUUID();
  await facilitator.send('message:show', { messageId, text: 'Markør' });
  for (const p of pages) {
    const seen = await waitFor(() => p.frames.some((f) => f.includes(messageId)), Boolean, 15_000);
    if (!seen) throw new Error(`the marker never reached ${p.page.url()}`);
  }
  await facilitator.send('message:dismiss', { messageId });
}
