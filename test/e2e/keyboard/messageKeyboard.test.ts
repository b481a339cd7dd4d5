// A message to every screen, sent and taken down with the keyboard on a 1366×768 laptop (walkthrough, 2026-12-03):
// Enter in the field shows it, «Ta bort» stays one line beside the message (it was broken into «Ta / bort»), and once
// the message is gone with its button the focus is in the message field, ready for the next one, not on <body>.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, Harness, textOf, tid, waitFor, type CreatedWorkshop } from '../harness.js';

const MESSAGE = '5 minutter igjen – avslutt samtalen ved bordet';

let h: Harness;
let w: CreatedWorkshop;
let page: Page;
let screen: Page;

beforeAll(async () => {
  h = await Harness.start();
  w = await h.createWorkshop({ title: 'E2E: beskjed med tastatur', tables: 4 });
  page = await h.openPage(w.links.facilitator, { viewport: { width: 1366, height: 768 } });
  screen = await h.openPage(w.links.screen, { viewport: { width: 1920, height: 1080 } });
});
afterAll(async () => {
  await h.close();
});

describe('a message to every screen with the keyboard', () => {
  it('Enter shows it; «Ta bort» is one line; after it the focus is back in the message field', async () => {
    await tid(page, 'message-input').focus();
    await page.keyboard.type(MESSAGE);
    await page.keyboard.press('Enter');
    const dismiss = page.locator('.shown-messages').getByRole('button', { name: 'Ta bort' });
    await dismiss.waitFor({ timeout: 10_000 });
    expect(
      await waitFor(
        () => screen.locator('body').innerText(),
        (t) => t.includes(MESSAGE),
      ),
    ).toContain(MESSAGE);

    const lines = await dismiss.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
    });
    expect(lines, '«Ta bort» on one line').toBe(1);
    await expectNoAxeViolations(page, 'console, message shown, 1366×768');

    await dismiss.focus();
    await page.keyboard.press('Enter');
    await dismiss.waitFor({ state: 'detached', timeout: 10_000 });
    const focused = await waitFor(
      () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName),
      (f) => f !== 'BODY',
      3_000,
    );
    expect(focused).toBe('message-input');
    expect(await textOf(page, 'message-input').catch(() => '')).toBe('');
  });
});
