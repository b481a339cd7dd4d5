// A Word file as LibreOffice lays it out: converted to PDF (`soffice --headless`), then read back page by page with
// pdftotext (poppler-utils). Both come from Debian (scripts/setup-test-system.mjs installs them for the e2e suite).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PdfOf {
  pdf: Buffer;
  /** Each page's text as pdftotext -layout reads it, in order. */
  pages: string[];
}

/**
 * Converts a .docx to PDF with LibreOffice in a profile of its own (so it never meets another soffice on the machine)
 * and reads its pages. LibreOffice is slow to start: a minute on a busy machine.
 */
export async function docxToPdf(docx: Buffer): Promise<PdfOf> {
  const dir = await mkdtemp(join(tmpdir(), 'kafe-docx-'));
  try {
    await writeFile(join(dir, 'report.docx'), docx);
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'report.docx'),
      ],
      { timeout: 240_000 },
    );
    const pdf = await readFile(join(dir, 'report.pdf'));
    const { stdout } = await run('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], {
      maxBuffer: 32 * 1024 * 1024,
    });
    // pdftotext ends every page with a form feed.
    const pages = stdout.split('\f');
    if (pages.at(-1)?.trim() === '') pages.pop();
    return { pdf, pages };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A page's lines with text, trimmed, whitespace runs made single. */
export const linesOf = (page: string): string[] =>
  page
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
