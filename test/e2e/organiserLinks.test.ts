// Tokens on the organiser's and facilitator's devices: the organiser page keeps no links in localStorage (old entries
// are cut down to title, date and id) and shows a new workshop's links once; the facilitator replaces its own link
// and its console moves to the new one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nb } from '@kafe/shared/i18n/nb/core';
import { expectNoAxeViolations, Harness, tid, waitFor } from './harness.js';
import { match } from '../fixtures/match.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});

const stored = (page: Page): Promise<string | null> => page.evaluate(() => localStorage.getItem('kafe.myWorkshops'));

describe('the organiser page', () => {
  it('drops the tokens of entries an older version stored, keeping title, date and id', async () => {
    const page = await h.openPage(`${h.base}/organiser`);
    const old = [
      {
        id: 'abc123',
        title: 'Gammel workshop',
        date: '2026-03-10',
        joinCode: 'ABCDEF',
        facilitatorToken: 'secret-facilitator-token',
        links: {
          facilitator: `${h.base}/facilitator#secret-facilitator-token`,
          screen: `${h.base}/screen#secret-screen`,
          join: `${h.base}/join/ABCDEF`,
          hosts: [{ table: 1, url: `${h.base}/host#secret-host` }],
        },
      },
    ];
    await page.evaluate((v) => localStorage.setItem('kafe.myWorkshops', v), JSON.stringify(old));
    await page.reload();
    await tid(page, 'my-workshops').waitFor({ timeout: 10_000 });
    expect(JSON.parse((await stored(page)) ?? 'null')).toEqual([
      { id: 'abc123', title: 'Gammel workshop', date: '2026-03-10' },
    ]);
    const listed = (await tid(page, 'my-workshops').textContent()) ?? '';
    expect(listed).toContain('Gammel workshop');
    // The date as people write it, in the page's language (it is stored as 2026-03-10).
    expect(listed).toContain('10. mars 2026');
    expect(listed).not.toContain('2026-03-10');
    expect(listed).toContain('abc123');
    expect(await tid(page, 'my-workshops').locator('a').count()).toBe(0);
  });

  it("shows a new workshop's links once, saying they are not stored, and stores none of them", async () => {
    const page = await h.openPage(`${h.base}/organiser`);
    await page.getByLabel(nb['org.key'], { exact: true }).fill(h.server.organiserKey);
    await page.getByLabel(nb['fac.agenda.workshopTitle'], { exact: true }).fill('E2E: lenker vises én gang');
    await page.getByRole('button', { name: nb['org.create'] }).click();
    await tid(page, 'save-links-note').waitFor({ timeout: 10_000 });
    expect(await tid(page, 'save-links-note').textContent()).toBe(nb['org.saveLinks']);

    const links = await tid(page, 'created-links')
      .locator('a[href*="#"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const facilitator = links.find((l) => l.includes('/facilitator#')) ?? '';
    expect(facilitator.startsWith(`${h.base}/facilitator#`)).toBe(true);
    expect(links.some((l) => l.includes('/screen#'))).toBe(true);
    expect(links.filter((l) => l.includes('/host#'))).toHaveLength(10);

    const saved = (await stored(page)) ?? '';
    const entries = JSON.parse(saved) as { id: string; title: string; date: string }[];
    expect(entries[0]).toEqual({
      id: match.any(String),
      title: 'E2E: lenker vises én gang',
      date: match.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    for (const l of links) expect(saved).not.toContain(new URL(l).hash.slice(1));

    // After a reload the list shows title, date and id only, and no link.
    await page.reload();
    await tid(page, 'my-workshops').waitFor({ timeout: 10_000 });
    expect(await tid(page, 'my-workshops').locator('a').count()).toBe(0);
    expect(await tid(page, 'created-links').count()).toBe(0);
  });
});

describe('the organiser page after «Lag workshop»', () => {
  it('moves focus to the result at the top, hides the filled form, and starts over with «Lag en workshop til»', async () => {
    const page = await h.openPage(`${h.base}/organiser`, { viewport: { width: 1440, height: 900 } });
    await page.getByLabel(nb['org.key'], { exact: true }).fill(h.server.organiserKey);
    const title = page.getByLabel(nb['fac.agenda.workshopTitle'], { exact: true });
    await title.fill('E2E: resultatet synes');
    await page.getByRole('button', { name: nb['org.create'] }).click();

    const heading = page.getByRole('heading', { name: nb['org.created'] });
    await heading.waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('created-h');
    const box = await heading.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 900, `heading at ${JSON.stringify(box)}`).toBe(true);
    // No second «Lag workshop» to press: the form is gone until the organiser asks for another.
    expect(await page.getByRole('button', { name: nb['org.create'] }).count()).toBe(0);
    await expectNoAxeViolations(page, '/organiser (workshop created, 1440×900)');

    await tid(page, 'create-another').click();
    await title.waitFor({ timeout: 5_000 });
    expect(await title.inputValue()).toBe('');
    expect(
      await waitFor(() => title.evaluate((el) => el === document.activeElement), Boolean, 5_000),
      'focus on the title field',
    ).toBe(true);
    expect(await tid(page, 'created-links').count()).toBe(0);
    expect(await page.getByRole('button', { name: nb['org.create'] }).isEnabled()).toBe(true);
  });

  it('lists the workshops made here with their dates in the page language', async () => {
    const page = await h.openPage(`${h.base}/organiser`);
    await page.evaluate(() =>
      localStorage.setItem('kafe.myWorkshops', JSON.stringify([{ id: 'w1', title: 'Vinter', date: '2026-12-15' }])),
    );
    await page.goto(`${h.base}/organiser?lang=en`);
    await tid(page, 'my-workshops').waitFor({ timeout: 10_000 });
    expect(await tid(page, 'my-workshops').textContent()).toContain('15 December 2026');
    await page.goto(`${h.base}/organiser?lang=nn`);
    await tid(page, 'my-workshops').waitFor({ timeout: 10_000 });
    expect(await tid(page, 'my-workshops').textContent()).toContain('15. desember 2026');
  });
});

describe('the facilitator console', () => {
  it('replaces its own link and moves to the new one; the old link no longer opens anything', async () => {
    const w = await h.createWorkshop({ title: 'E2E: ny fasilitatorlenke' });
    const page = await h.openPage(w.links.facilitator);
    page.on('dialog', (d) => void d.accept());
    const button = tid(page, 'replace-facilitator-link');
    await button.waitFor({ timeout: 15_000 });
    await button.click();
    const moved = await waitFor(
      () => new URL(page.url()).hash.slice(1),
      (hash) => hash !== '' && hash !== w.facilitatorToken,
      15_000,
    );
    expect(moved).not.toBe(w.facilitatorToken);
    expect(new URL(page.url()).pathname).toBe('/facilitator');

    // The moved console is connected with the new link, and shows it.
    const state = await waitFor(
      () =>
        tid(page, 'connection-status')
          .first()
          .getAttribute('data-state')
          .catch(() => null),
      (s) => s === 'online',
      15_000,
    );
    expect(state).toBe('online');
    expect(await page.locator(`a[href$="#${moved}"]`).count()).toBeGreaterThan(0);

    const old = await fetch(`${h.base}/api/workshops/${w.id}/export?format=json`, {
      headers: { authorization: `Bearer ${w.facilitatorToken}` },
    });
    expect(old.status).toBe(403);
    const fresh = await fetch(`${h.base}/api/workshops/${w.id}/export?format=json`, {
      headers: { authorization: `Bearer ${moved}` },
    });
    expect(fresh.status).toBe(200);
  });
});
