// Steps the table host's tablet tests share: a workshop already in its first round, and a tab closed offline that is
// opened again online.
import type { Page } from 'playwright-core';
import { textOf, waitFor, withLang, type CreatedWorkshop, type Harness } from '../harness.js';
import { facilitatorSocket } from '../participants/steps.js';

/** A new workshop whose clock has started and stands in round 1, so a host tablet can write notes at once. */
export async function workshopInRoundOne(h: Harness, title: string): Promise<CreatedWorkshop> {
  const w = await h.createWorkshop({ title });
  const fac = await facilitatorSocket(h.base, w.facilitatorToken);
  await fac.send('clock:start');
  await fac.send('clock:jump', { segmentId: 'round-1' });
  fac.close();
  return w;
}

/** What the tablet's outbox says is still waiting to be sent ('' while the count is not shown). */
export const outbox = (page: Page): Promise<string> => textOf(page, 'outbox-count').catch(() => '');

/**
 * Closes an offline tablet's tab, brings the network back and opens the host link again in the same browser, then
 * waits up to `ms` for the outbox to empty. Returns the new page and what its outbox said last.
 */
export async function reopenOnline(host: Page, url: string, ms: number): Promise<{ page: Page; outbox: string }> {
  const ctx = host.context();
  await host.close();
  await ctx.setOffline(false);
  const page = await ctx.newPage();
  await page.goto(withLang(url));
  const left = await waitFor(
    () => outbox(page),
    (t) => t === '0',
    ms,
  );
  return { page, outbox: left };
}
