// The facilitator downloads the harvest report from the console: notes typed on a host tablet arrive in the Word and
// Markdown files and the CSV; the print page opens styled under the strict CSP; the workshop is saved as a template.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, Harness, textOf, tid, waitFor } from '../harness.js';
import { must } from '../../fixtures/must.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});

const NOTES = ['Kake og samtale gir tillit', 'Mer handlingsrom i førstelinjen', 'Lytt til brukerne – også de unge'];

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, testid: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), tid(page, testid).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe('harvest report from the facilitator console', () => {
  it('downloads Word, Markdown and CSV holding the notes, and opens the print page', async () => {
    const w = await h.createWorkshop({ title: 'E2E: høsting' });
    const fac = await h.openPage(w.links.facilitator);
    await tid(fac, 'clock-start').click();
    await tid(fac, 'clock-next').click();

    const host = await h.openPage(must(w.links.hosts[0]).url, { viewport: { width: 1024, height: 768 } });
    for (const text of NOTES) {
      const input = tid(host, 'note-input').first();
      await input.fill(text);
      await input.press('Enter');
    }
    expect(
      await waitFor(
        () => textOf(host, 'outbox-count'),
        (c) => c === '0',
      ),
    ).toBe('0');

    await tid(fac, 'console-tab-report').click();
    const docx = await download(fac, 'harvest-download-docx');
    expect(docx.name).toMatch(/^E2E høsting \d{4}-\d{2}-\d{2}\.docx$/);
    const xml = (await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')?.async('string')) ?? '';
    for (const text of NOTES) expect(xml).toContain(text);

    const md = (await download(fac, 'harvest-download-md')).bytes.toString('utf8');
    expect(md).toContain('Hva har du hørt i dag');
    for (const text of NOTES) expect(md).toContain(text);

    const csv = (await download(fac, 'harvest-download-csv-notes')).bytes;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8').trim().split('\r\n')).toHaveLength(NOTES.length + 1);
    expect(await textOf(fac, 'harvest-status')).toContain('.csv');

    const [print] = await Promise.all([
      fac.waitForEvent('popup', { timeout: 15_000 }),
      tid(fac, 'harvest-print').click(),
    ]);
    await print.waitForLoadState('load');
    await print.waitForSelector('h1');
    expect(await print.locator('h1').textContent()).toBe('E2E: høsting');
    for (const text of NOTES) expect(await print.locator('body').textContent()).toContain(text);
    // The inline stylesheet applied (the CSP admits it by hash): level-2 headings get their rule.
    const border = await print
      .locator('h2')
      .first()
      .evaluate((el) => getComputedStyle(el).borderBottomStyle);
    expect(border).toBe('solid');
    await print.close();

    await tid(fac, 'template-name').fill('Høstingsmal');
    await tid(fac, 'template-save').click();
    await expect.poll(() => fac.getByText('Malen «Høstingsmal» er lagret.').count()).toBe(1);
    await expectNoAxeViolations(fac, 'facilitator console with the harvest panel');
  });
});
