import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Language } from '@kafe/shared/agenda';
import type { Block, HarvestDocument, TableBlock } from '@kafe/shared/harvest/document/layout';

// Report headings start at level 2 (level 1 is the title), so they map one step up onto Word's built-in styles, which
// its table of contents and navigation pane know.
const HEADING = { 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2, 4: HeadingLevel.HEADING_3 } as const;
const MUTED = '595959';
const LANG: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** Text with its line breaks kept as Word line breaks. */
function runs(
  text: string,
  style: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {},
): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

function cell(text: string, opts: { header?: boolean; right?: boolean }): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children: runs(text, { bold: opts.header }),
        alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
      }),
    ],
    shading: opts.header ? { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } : undefined,
  });
}

function table(b: TableBlock): Table {
  const row = (cells: readonly string[], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      children: cells.map((c, i) => cell(c, { header, right: b.numeric?.[i] ?? false })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(b.header, true), ...b.rows.map((r) => row(r, false))],
  });
}

function block(b: Block): FileChild[] {
  switch (b.kind) {
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: runs(b.text) }),
        new Paragraph({ children: runs(b.subtitle, { italics: true, color: MUTED }) }),
      ];
    case 'heading':
      return [new Paragraph({ heading: HEADING[b.level], children: runs(b.text) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(b.text, b.muted ? { italics: true, color: MUTED } : {}) })];
    case 'facts':
      return b.items.map(
        (f) => new Paragraph({ children: [...runs(`${f.label}: `, { bold: true }), ...runs(f.value)] }),
      );
    case 'list':
      return b.items.map(
        (i) =>
          new Paragraph({
            bullet: { level: 0 },
            children: [
              ...runs(i.text, { bold: i.strong }),
              ...(i.meta ? runs(` — ${i.meta}`, { italics: true, color: MUTED }) : []),
            ],
          }),
      );
    case 'table':
      // An empty paragraph after each table: Word joins two tables that touch into one.
      return [table(b), new Paragraph({})];
    case 'toc':
      // The title is not a heading, or the table of contents would list itself. Word fills in the page numbers when the
      // document is opened (it asks to update the fields); the entries themselves are written already.
      return [
        new Paragraph({ children: runs(b.title, { bold: true, size: 32 }) }),
        new TableOfContents(b.title, { hyperlink: true, headingStyleRange: '1-2' }),
      ];
    default:
      return b satisfies never;
  }
}

/** The report as a Word document: built-in heading styles, real tables and a table of contents. */
export async function renderDocx(doc: HarvestDocument, meta: { title: string; language: Language }): Promise<Buffer> {
  const file = new Document({
    title: meta.title,
    creator: 'Kafédialog',
    styles: { default: { document: { run: { language: { value: LANG[meta.language] }, font: 'Calibri', size: 22 } } } },
    sections: [{ children: doc.flatMap(block) }],
  });
  return Packer.toBuffer(file);
}
