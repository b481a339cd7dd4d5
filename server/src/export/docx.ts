import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { Language } from '@kafe/shared/agenda';
import type { Block, HarvestDocument } from '@kafe/shared/harvest/document/layout';
import { runs } from './docxRuns.js';
import { docxTable } from './docxTable.js';
import { docxPhoto, type PhotoBytes } from './photoBlocks.js';

// Report headings start at level 2 (level 1 is the title), so they map one step up onto Word's built-in styles, which
// its table of contents and navigation pane know.
const HEADING = { 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2, 4: HeadingLevel.HEADING_3 } as const;
const MUTED = '595959';
const LANG: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
/** Arial: every Word has it, and LibreOffice lays it out with the same widths (Liberation Sans), so pages agree. */
const FONT = 'Arial';
const CM = 567;

export interface DocxMeta {
  title: string;
  language: Language;
  /** The running header: the title and the reference ("Saksnummer 24/1234"). */
  header: string;
  /** "Side {page} av {pages}". */
  pageOf: string;
  /** The flip-chart photos' bytes, by id, for the report's image blocks. */
  photos?: PhotoBytes;
}

/** A block that Word starts on a page of its own (a section heading, the table of contents). */
const startsPage = (b: Block | undefined): boolean =>
  (b?.kind === 'heading' && b.newPage === true) || b?.kind === 'toc';

function block(b: Block, next: Block | undefined, photos?: PhotoBytes): FileChild[] {
  switch (b.kind) {
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: runs(b.text) }),
        new Paragraph({ children: runs(b.subtitle, { italics: true, color: MUTED }), spacing: { after: 240 } }),
      ];
    case 'heading':
      // Kept with what follows, so no heading ends a page; a section of its own starts a page.
      return [
        new Paragraph({
          heading: HEADING[b.level],
          children: runs(b.text),
          keepNext: true,
          keepLines: true,
          pageBreakBefore: b.newPage ?? false,
        }),
      ];
    case 'paragraph':
      // A muted paragraph introduces what comes after it (a table, a list): kept with it. 6 pt after each paragraph:
      // without it two paragraphs read as one («… i temaer.» glued to the method text before it).
      return [
        new Paragraph({
          children: runs(b.text, b.muted ? { italics: true, color: MUTED } : {}),
          keepNext: b.muted ?? false,
          spacing: { after: 120 },
        }),
      ];
    case 'facts':
      return b.items.map(
        (f) =>
          new Paragraph({
            children: [...runs(`${f.label}: `, { bold: true }), ...runs(f.value)],
            spacing: { after: 40 },
          }),
      );
    case 'list':
      return b.items.map(
        (i) =>
          new Paragraph({
            numbering: { reference: 'bullets', level: 0 },
            spacing: { after: 60 },
            children: [
              ...runs(i.text, { bold: i.strong }),
              ...(i.meta ? runs(` — ${i.meta}`, { italics: true, color: MUTED }) : []),
            ],
          }),
      );
    case 'table':
      // An empty paragraph after each table: Word joins two tables that touch into one. Not before a block that starts
      // a page: the heading keeps the tables apart, and a table that filled its page pushed the empty paragraph onto a
      // page of its own, which the section's page break then left blank (a live run's nynorsk report, page 11).
      return startsPage(next) ? [docxTable(b)] : [docxTable(b), new Paragraph({ spacing: { after: 0 } })];
    case 'toc':
      // On a page of its own after the first page. The title is not a heading, or the table of contents would list
      // itself. Only the sections (level 2 → Heading 1) are listed: a question's subheadings would repeat per question.
      return [
        new Paragraph({ children: runs(b.title, { bold: true, size: 32 }), pageBreakBefore: true, keepNext: true }),
        new TableOfContents(b.title, { hyperlink: true, headingStyleRange: '1-1' }),
      ];
    case 'image':
      return docxPhoto(b, photos);
    default:
      return b satisfies never;
  }
}

/** "Side {page} av {pages}" with the page fields in place of the placeholders. */
function pageOfRuns(template: string): TextRun[] {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) =>
      part === '{page}'
        ? new TextRun({ children: [PageNumber.CURRENT], size: 18 })
        : part === '{pages}'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 })
          : new TextRun({ text: part, size: 18 }),
    );
}

/**
 * The report as a Word document to file: A4, a running header with the title and reference (not on the first page,
 * which has the title), "Side x av y" in the footer, a table of contents whose page numbers are written in (worked
 * out by laying out the pages, and updated by Word when it opens the file), headings kept with what follows, each
 * section on a new page, and tables with columns sized to their content.
 */
export async function renderDocx(doc: HarvestDocument, meta: DocxMeta): Promise<Buffer> {
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageOfRuns(meta.pageOf) })],
  });
  const file = new Document({
    title: meta.title,
    creator: 'Kafédialog',
    features: { updateFields: true },
    // The table of contents is written with its page numbers, worked out by laying out the pages as Word does (with
    // the widths of Arial, which LibreOffice's Liberation Sans shares), so it has them in LibreOffice and any viewer
    // that never updates fields; Word updates them again on opening (updateFields). Costs a second or two of the
    // worker's CPU for a big workshop.
    pageNumbers: estimatePageNumbersWith({ guess: true }),
    styles: {
      default: {
        document: { run: { language: { value: LANG[meta.language] }, font: FONT, size: 21 } },
        title: { run: { font: FONT, size: 44, bold: true } },
        heading1: {
          run: { font: FONT, size: 30, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { font: FONT, size: 24, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
        heading3: { run: { font: FONT, size: 21, bold: true }, paragraph: { spacing: { before: 160, after: 60 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2 * CM, bottom: 2 * CM, left: 2 * CM, right: 2 * CM, header: CM, footer: CM },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: runs(meta.header, { size: 16, color: MUTED }),
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        footers: { default: footer, first: footer },
        children: doc.flatMap((b, i) => block(b, doc[i + 1], meta.photos)),
      },
    ],
  });
  return Packer.toBuffer(file);
}
