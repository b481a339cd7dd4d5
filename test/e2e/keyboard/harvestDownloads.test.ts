// The facilitator fetches the harvest with the keyboard (walkthrough, 2026-12-03, 1366×768): each download button
// is disabled while its file is fetched, and the focus fell to <body>, so the next file meant tabbing through the
// whole console again. Now the focus comes back to the button pressed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, Harness, tid, waitFor, type CreatedWorkshop } from '../harness.js';

let h: Harness;
let w: CreatedWorkshop;
let page: Page;

beforeAll(async () => {
  h = await Harness.start();
  w = await h.createWorkshop({ title: 'E2E: høsting med tastatur', tables: 4 });
  page = await h.openPage(w.links.facilitator, { viewport: { width: 1366, height: 768 } });
});
afterAll(async () => {
  await h.close();
});

const focusedTestId = (): Promise<string> =>
  page.evaluate(() =>
    document.activeElement === document.body ? '<body>' : (document.activeElement?.getAttribute('data-testid') ?? ''),
  );

describe('harvest downloads with the keyboard', () => {
  it('Enter on a download saves the file and leaves the focus on its button, for the next one', async () => {
    // The Rapport tab, reached as a keyboard user does: the tab list, the arrow key, Enter.
    await tid(page, 'console-tab-prepare').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await tid(page, 'harvest-download-docx').waitFor({ timeout: 10_000 });

    for (const id of ['harvest-download-docx', 'harvest-download-csv-zip']) {
      await tid(page, id).focus();
      const download = page.waitForEvent('download', { timeout: 15_000 });
      await page.keyboard.press('Enter');
      expect((await download).suggestedFilename()).toMatch(/\.(docx|zip)$/);
      expect(await waitFor(focusedTestId, (f) => f !== '<body>', 3_000)).toBe(id);
    }
    await expectNoAxeViolations(page, 'console, harvest, 1366×768');
  });
});
