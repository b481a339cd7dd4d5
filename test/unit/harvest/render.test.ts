// The renderers over the scripted workshop: every note in the Markdown, RFC 4180 CSV with a BOM, a Word file with
// the notes in it, and a self-contained print page.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildHarvestReport } from '@kafe/shared/harvest/index';
import { harvestDocument } from '@kafe/shared/harvest/document/layout';
import { ranges } from '@kafe/shared/harvest/document/participation';
import { csvField, renderCsv, spreadsheetText } from '../../../server/src/export/csv.js';
import { renderDocx } from '../../../server/src/export/docx.js';
import { contentDisposition } from '../../../server/src/export/filename.js';
import { renderHtml } from '../../../server/src/export/html.js';
import { escapeMarkdown, renderMarkdown } from '../../../server/src/export/markdown.js';
import { storeZip } from '../../../server/src/export/zip.js';
import { NOW, scriptedEvents, scriptedState } from './scripted.js';
import { parseCsv } from '../../fixtures/csv.js';
import { must } from '../../fixtures/must.js';

const events = scriptedEvents();
const report = buildHarvestReport(scriptedState(events), events, { now: NOW });
const notes = report.questions.flatMap((q) => q.groups.flatMap((g) => g.notes));

describe('Markdown', () => {
  const md = renderMarkdown(harvestDocument(report));

  it('holds the title, every question and every note', () => {
    expect(md).toMatch(/^# Kafédialog Region øst\n/);
    for (const q of report.questions) expect(md).toContain(escapeMarkdown(q.text));
    for (const n of notes) expect(md).toContain(escapeMarkdown(n.text));
  });

  it('gives each note in the appendix the theme it was grouped in, so a theme can be checked against the notes', () => {
    const themed = notes.filter((n) => n.themeLabel !== null);
    expect(themed.length).toBeGreaterThan(0);
    const appendix = md.slice(md.indexOf('Alle innspill og ideer'));
    expect(appendix).toContain('| Bord | Innspill | Tema |');
    for (const n of themed) {
      expect(appendix).toContain(`${escapeMarkdown(n.text)} | ${escapeMarkdown(must(n.themeLabel))} |`);
    }
  });

  it('escapes what Markdown would read as markup, so a note shows as written', () => {
    expect(escapeMarkdown('*viktig* [lenke] <b> a|b')).toBe('\\*viktig\\* \\[lenke\\] \\<b\\> a\\|b');
    expect(escapeMarkdown('# ikke en overskrift\n- ikke en liste')).toBe('\\# ikke en overskrift\n\\- ikke en liste');
  });

  it('lists the tables in use and names the unused ones in one line', () => {
    expect(md).toContain('| 3 | uten navn | 2 | 1 | 1 | 4 |');
    expect(md).not.toContain('| 4 | – |');
    expect(md).toContain('_Bord uten vert eller innspill: 4–10._');
    expect(ranges([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
  });

  it('writes bokmål by default and nynorsk or English when asked', () => {
    expect(md).toContain('## Vedlegg 2: Program: plan og gjennomføring');
    expect(md).toContain('## Sammendrag');
    const nn = renderMarkdown(harvestDocument({ ...report, language: 'nn' }));
    expect(nn).toContain('## Samandrag');
    expect(nn).toContain('## Vedlegg 1: Alle innspel');
    const en = renderMarkdown(harvestDocument({ ...report, language: 'en' }));
    expect(en).toContain('## Appendix 2: Agenda: planned and actual');
    expect(en).toContain('10 March 2026');
  });
});

describe('CSV', () => {
  const csv = renderCsv(report);

  it('starts with a UTF-8 byte order mark and has a header and one row per note', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['Spørsmål', 'Runde', 'Bord', 'Skrevet av', 'Tidspunkt', 'Stjernemerket', 'Tema', 'Tekst']);
    expect(rows).toHaveLength(notes.length + 1);
    expect(rows.find((r) => r[7] === 'Mindre rapportering, mer tid til barna')).toEqual([
      must(report.questions[0]).text,
      '1',
      '2',
      'bordvert',
      '2026-03-10 13:05',
      'ja',
      expect.any(String),
      'Mindre rapportering, mer tid til barna',
    ]);
    expect(rows.find((r) => r[7] === 'Spør barna selv hva som hjelper')?.[3]).toBe('deltaker');
  });

  it('quotes fields with commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('enkel')).toBe('enkel');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('si "ja"')).toBe('"si ""ja"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvField('en\rlinje')).toBe('"en\rlinje"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('keeps typed text from running as a spreadsheet formula', () => {
    expect(spreadsheetText('=HYPERLINK("http://x","klikk")')).toBe('\'=HYPERLINK("http://x","klikk")');
    for (const start of ['+', '-', '@']) expect(spreadsheetText(`${start}1`)).toBe(`'${start}1`);
    expect(spreadsheetText('Vanlig tekst – med tankestrek')).toBe('Vanlig tekst – med tankestrek');
    expect(spreadsheetText('\t=1')).toBe("'\t=1");
    expect(spreadsheetText('\r=1')).toBe("'\r=1");
  });

  it('guards formulas after a semicolon too, where Norwegian Excel starts a new cell', () => {
    expect(spreadsheetText('a;=HYPERLINK("http://x","klikk")')).toBe('a;\'=HYPERLINK("http://x","klikk")');
    expect(spreadsheetText('=1;+2;ok;@3;-4')).toBe("'=1;'+2;ok;'@3;'-4");
    expect(spreadsheetText('a;"=1"')).toBe('a;\'"=1"');
    expect(spreadsheetText('ja; nei; kanskje')).toBe('ja; nei; kanskje');
  });

  it('leaves no formula in any cell when the file is split on semicolons, as Norwegian Excel does', () => {
    const question = must(report.questions[0]);
    const group = must(question.groups[0]);
    const row = must(
      renderCsv({
        ...report,
        questions: [
          {
            ...question,
            text: 'q;=CMD()',
            groups: [
              {
                ...group,
                notes: [
                  {
                    ...must(group.notes[0]),
                    text: 'a;=HYPERLINK("http://x");@SUM(1)',
                    themeLabel: '-tema;+x',
                  },
                ],
              },
            ],
          },
        ],
      })
        .slice(1)
        .split('\r\n')[1],
      'the first data row',
    );
    expect(row).toMatch(/^"q;'=CMD\(\)"/);
    for (const cell of row.split(';')) expect(cell.replace(/^"+/, '')).not.toMatch(/^[=+\-@\t\r]/);
    expect(parseCsv(`${row}\r\n`)[0]).toEqual([
      "q;'=CMD()",
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
      "'-tema;'+x",
      'a;\'=HYPERLINK("http://x");\'@SUM(1)',
    ]);
  });
});

describe('zip of the CSV tables', () => {
  it('is a zip any tool reads: every file back byte for byte, UTF-8 names kept', async () => {
    const files = [
      { name: 'notater.csv', data: Buffer.from(renderCsv(report, 'notes'), 'utf8') },
      { name: 'prikkvotering – øst.csv', data: Buffer.from(renderCsv(report, 'votes'), 'utf8') },
    ];
    const zip = await JSZip.loadAsync(storeZip(files, new Date(NOW)));
    expect(Object.keys(zip.files)).toEqual(files.map((f) => f.name));
    for (const f of files) expect(await must(zip.file(f.name)).async('nodebuffer')).toEqual(f.data);
    expect(must(zip.file('notater.csv')).date.getFullYear()).toBe(2026);
  });
});

describe('Word', () => {
  it('unzips, and word/document.xml holds the questions, the notes and a table of contents', async () => {
    const buf = await renderDocx(harvestDocument(report), {
      title: report.title,
      language: 'nb',
      header: `${report.title} · Saksnummer 24/1234`,
      pageOf: 'Side {page} av {pages}',
    });
    const xml = await must((await JSZip.loadAsync(buf)).file('word/document.xml'), 'word/document.xml').async('string');
    for (const q of report.questions) expect(xml).toContain(q.text.replace(/&/g, '&amp;'));
    for (const n of notes) expect(xml).toContain(n.text);
    // Only the sections are in the table of contents, so a question's subheadings do not repeat in it.
    expect(xml).toMatch(/TOC \\h \\o &quot;1-1&quot;/);
    expect(xml).toContain('w:tbl>');
    // A body paragraph has 6 pt after it: the coverage line stood glued to the method text before it.
    const coverage = must(/<w:p>(?:(?!<w:p>).)*?samlet i temaer(?:(?!<w:p>).)*?<\/w:p>/su.exec(xml))[0];
    expect(coverage).toContain('<w:spacing w:after="120"/>');
    // Laying out the pages for the table of contents' numbers takes a few seconds on a busy machine.
  }, 60_000);
});

describe('print page', () => {
  const html = renderHtml(harvestDocument(report), { title: report.title, language: 'nb', printLabel: 'Skriv ut' });

  it('holds every note, escaped, and links to its sections', () => {
    for (const n of notes) expect(html).toContain(n.text.replace(/&/g, '&amp;'));
    expect(html).toContain('<a href="#q-1">');
    expect(html).toContain('<html lang="nb">');
  });

  it('is self-contained: one inline stylesheet and script, no link to the server, no style or event attribute', () => {
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/\/export\/|<link|\bsrc=|style=|\bon[a-z]+=/i);
  });
});

describe('file names', () => {
  it('come from the title and date, ASCII for old clients and UTF-8 for the rest', () => {
    expect(contentDisposition('Kafédialog Region øst', '2026-03-10', 'md')).toBe(
      `attachment; filename="Kafedialog-Region-ost-2026-03-10.md"; filename*=UTF-8''${encodeURIComponent('Kafédialog Region øst 2026-03-10.md')}`,
    );
    expect(contentDisposition('../../etc/passwd', '2026-03-10', 'csv')).toContain(
      'filename="etc-passwd-2026-03-10.csv"',
    );
  });
});
