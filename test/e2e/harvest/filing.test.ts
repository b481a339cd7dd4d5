// The harvest report filed as a pilot's documentation, end to end: the seed's kafédialog (ten tables, three rounds,
// 30 participants) is imported, the facilitator fills the filing frame in the console and ticks two starred notes as
// next steps, then downloads the Word file, which LibreOffice lays out as a PDF with page numbers, a table of
// contents that has them, a page per question and no heading at the foot of a page; the CSV tables come as one zip
// read with `;`; no default export names a participant; and the console's delete button removes the workshop.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { HarvestReport } from '@kafe/shared/harvest/index';
import { harvestDocument } from '@kafe/shared/harvest/document/layout';
import { expectNoAxeViolations, Harness, tid, type CreatedWorkshop } from '../harness.js';
import { parseCsv } from '../../fixtures/csv.js';
import { must } from '../../fixtures/must.js';
import { SEED_TITLE, seedWorkshopEvents } from '../../fixtures/seedWorkshop.js';
import { docxToPdf, linesOf } from './pdfPages.js';

let h: Harness;
let w: CreatedWorkshop;
let fac: Page;
const events = seedWorkshopEvents();
/** Where to keep the files for a person to read (KAFE_REPORT_OUT=dir); not kept otherwise. */
const OUT = process.env.KAFE_REPORT_OUT;

beforeAll(async () => {
  h = await Harness.start({ readyTimeoutMs: 180_000 });
  const first = must(events[0]).event;
  if (first.type !== 'workshop.created') throw new Error('the seed starts with workshop.created');
  const res = await h.server.api(
    'POST',
    '/api/workshops/import',
    { schema: 'kafedialog/workshop', version: 1, definition: first.definition, events },
    h.server.organiserKey,
  );
  if (res.status !== 201) throw new Error(`import gave ${res.status}: ${await res.text()}`);
  w = (await res.json()) as CreatedWorkshop;
  fac = await h.openPage(w.links.facilitator);
  // The report's section of the console (where a finished workshop opens anyway).
  await tid(fac, 'console-tab-report').click();
}, 120_000);
afterAll(async () => {
  await h.close();
});

async function download(testid: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([fac.waitForEvent('download', { timeout: 180_000 }), tid(fac, testid).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

async function keep(name: string, bytes: Buffer | string): Promise<void> {
  if (!OUT) return;
  await mkdir(OUT, { recursive: true });
  await writeFile(join(OUT, name), bytes);
}

const STEP_NOTES = ['Fjerne dobbeltregistrering i fagsystemet først', 'Prøve ut færre interne rapporter i ett halvår'];

describe('the harvest report as filing documentation', () => {
  it('the facilitator fills the filing frame and drafts next steps from starred notes', async () => {
    const frame = tid(fac, 'filing-frame');
    // Open already: the filing details are missing (missingFiling.test.ts).
    await expect.poll(() => frame.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    await tid(fac, 'filing-reference').fill('2023/1234');
    await tid(fac, 'filing-organisation').fill('Bufetat');
    await tid(fac, 'filing-unit').fill('Region øst, fagstab');
    await tid(fac, 'filing-author').fill('Fagstab, region øst');
    await tid(fac, 'filing-purpose').fill(
      'Langtidsplanarbeidet i 2023 skal ta tillitsreformen inn i hvordan regionen styrer og rapporterer. Kick-offen skulle gi en felles forståelse og samle innspill til hva en pilot i førstelinjen bør prøve ut.',
    );
    await expect.poll(() => tid(fac, 'filing-method').inputValue()).toContain('kafédialog med 10 bord');
    await frame.locator('summary', { hasText: 'Stjernemerkede innspill' }).click();
    for (const text of STEP_NOTES) await frame.getByLabel(text).check();
    await expect.poll(() => tid(fac, 'filing-step-what').count()).toBe(2);
    await tid(fac, 'filing-step-what').nth(0).fill('Kartlegge og fjerne dobbeltregistrering i fagsystemet');
    await tid(fac, 'filing-step-who').nth(0).fill('Fagstaben');
    await tid(fac, 'filing-step-due').nth(0).fill('1. juni 2023');
    await tid(fac, 'filing-step-who').nth(1).fill('Regionledelsen');
    await tid(fac, 'filing-step-due').nth(1).fill('Høsten 2023');
    await tid(fac, 'filing-save').click();
    await expect.poll(() => frame.getByText('Lagret. Rapporten bruker dette fra nå av.').count()).toBe(1);
    await expectNoAxeViolations(fac, 'console with the filing frame open');
  }, 120_000);

  it('Word converts to a PDF with page numbers, a table of contents that has them, a page per question and no heading at a page foot', async () => {
    const docx = await download('harvest-download-docx');
    const md = (await download('harvest-download-md')).bytes;
    const json: unknown = await (
      await fetch(`${h.base}/api/workshops/${w.id}/export?format=json`, {
        headers: { authorization: `Bearer ${w.facilitatorToken}` },
      })
    ).json();
    const report = (json as { report: HarvestReport }).report;
    const { pdf, pages } = await docxToPdf(docx.bytes);
    await keep('report.docx', docx.bytes);
    await keep('report.md', md);
    await keep('report.pdf', pdf);

    const total = pages.length;
    expect(total).toBeGreaterThan(8);
    pages.forEach((page, i) => expect(page, `page ${i + 1}`).toContain(`Side ${i + 1} av ${total}`));
    const content = pages.map((page, i) =>
      // The running header (not on the first page) and the footer are not content.
      linesOf(page).filter(
        (l, k, all) =>
          !(i > 0 && k === 0 && l.includes(SEED_TITLE)) &&
          !/^Side \d+ av \d+$/.test(l) &&
          !(k === all.length - 1 && /^Side/.test(l)),
      ),
    );

    // The first page stands alone: filing facts, purpose, participation, main points, next steps.
    const first = must(content[0]).join(' ');
    for (const text of [
      'Saksnummer: 2023/1234',
      'Virksomhet: Bufetat, Region øst, fagstab',
      'Skrevet av: Fagstab, region øst',
      'felles forståelse',
      'Samtalene foregikk ved 10 bord',
      '30 deltakere var med på mobil',
      '24 av 30 som var med på mobil, svarte',
      'Hovedpunkter',
      'Kartlegge og fjerne dobbeltregistrering i fagsystemet Fagstaben 1. juni 2023',
      'Regionledelsen Høsten 2023',
    ])
      expect(first).toContain(text);
    expect(must(pages[1])).toContain('2023/1234');

    // Each question starts a page, and the table of contents names that page.
    const toc = must(
      content.find((lines) => lines[0] === 'Innhold'),
      'a page that starts with the table of contents',
    );
    for (const q of report.questions) {
      const start = content.findIndex((lines) => (lines[0] ?? '').startsWith(`Spørsmål ${q.number}:`));
      expect(start, `question ${q.number} starts a page`).toBeGreaterThan(0);
      const entry = toc.findIndex((l) => l.startsWith(`Spørsmål ${q.number}:`));
      const withNumber = toc.slice(entry, entry + 3).find((l) => /\.{3,}\s*\d+$/.test(l)) ?? '';
      expect(Number(/(\d+)$/.exec(withNumber)?.[1]), `the contents' page of question ${q.number}`).toBe(start + 1);
    }

    // No page ends with a heading, or with the line that introduces a table or list: its last lines never make up
    // one of those whole. (Without Word's keep-with-next, the themes' intro line ends a page of this report.)
    const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
    const doc = harvestDocument(report);
    const kept = new Set(
      doc.flatMap((b, i) => {
        const next = doc[i + 1]?.kind;
        if (b.kind === 'heading' || b.kind === 'title') return [norm(b.text)];
        if (b.kind === 'paragraph' && b.muted && (next === 'table' || next === 'list')) return [norm(b.text)];
        return [];
      }),
    );
    content.slice(0, -1).forEach((lines, i) => {
      for (let k = 1; k <= 3; k++) {
        const end = lines.slice(-k).join(' ');
        expect(kept.has(norm(end)), `page ${i + 1} ends with a heading or an intro: ${end}`).toBe(false);
      }
    });
  }, 600_000);

  it('the four CSV tables come as one zip, read with ; and the decimal comma', async () => {
    const zip = await JSZip.loadAsync((await download('harvest-download-csv-zip')).bytes);
    expect(Object.keys(zip.files).sort()).toEqual([
      'evaluering.csv',
      'innspill.csv',
      'oppsummeringer.csv',
      'prikkavstemning.csv',
    ]);
    const table = async (name: string): Promise<string[][]> =>
      parseCsv((await must(zip.file(name)).async('string')).replace(/^\uFEFF/, ''), ';');
    const notes = await table('innspill.csv');
    expect(notes).toHaveLength(90 + 5 + 1);
    expect(notes.every((row) => row.length === 8)).toBe(true);
    const evaluation = await table('evaluering.csv');
    expect(evaluation.find((row) => row[0]?.startsWith('I hvilken grad'))?.[2]).toMatch(/^4,\d\d$/);
    expect(await table('oppsummeringer.csv')).toHaveLength(30 + 1);
  }, 240_000);

  it('no default export names a participant', async () => {
    const get = async (query: string): Promise<string> =>
      Buffer.from(
        await (
          await fetch(`${h.base}/api/workshops/${w.id}/export?${query}`, {
            headers: { authorization: `Bearer ${w.facilitatorToken}` },
          })
        ).arrayBuffer(),
      ).toString('utf8');
    const personal = await get('format=json&personal=1');
    expect(personal).toContain('Deltaker Navnesen 7');
    for (const query of [
      'format=json',
      'format=md',
      'format=html',
      'format=csv&part=notes',
      'format=csv&part=evaluation',
      'format=csv&part=votes',
    ])
      expect(await get(query), query).not.toContain('Navnesen');
    const docx = await JSZip.loadAsync(
      Buffer.from(
        await (
          await fetch(`${h.base}/api/workshops/${w.id}/export?format=docx`, {
            headers: { authorization: `Bearer ${w.facilitatorToken}` },
          })
        ).arrayBuffer(),
      ),
    );
    expect(await must(docx.file('word/document.xml')).async('string')).not.toContain('Navnesen');
  }, 240_000);

  it("the console's delete button, once the title is typed, removes the workshop", async () => {
    await tid(fac, 'delete-confirm').fill(SEED_TITLE);
    await tid(fac, 'delete-workshop').click();
    // The server drops the workshop's open pages, the console with them: it says the workshop is not there.
    await expect.poll(() => fac.getByRole('alert').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const res = await fetch(`${h.base}/api/workshops/${w.id}/export?format=md`, {
      headers: { authorization: `Bearer ${w.facilitatorToken}` },
    });
    expect([401, 403, 404]).toContain(res.status);
  }, 120_000);
});
