import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { TableBlock } from '@kafe/shared/harvest/document/layout';
import { runs } from './docxRuns.js';

/** A4 less 2 cm margins on each side, in twentieths of a point: the width a table spreads over. */
export const TEXT_WIDTH = 11906 - 2 * 1134;

/** About how wide a character of 10.5 pt Arial is, in twips (bold a little wider), and a cell's margins and border. */
const CHAR = 112;
const BOLD_CHAR = 124;
const PADDING = 200;
/** A word longer than this may break in a cell rather than widen its column further. */
const LONGEST_UNBROKEN = 20;

const longestWord = (text: string): number => Math.max(0, ...text.split(/\s+/).map((w) => w.length));

/**
 * Each column's width: its share by the block's own hints, or by what its content needs (its longest line up to a
 * point), and never narrower than its header's longest word and its cells' longest words, so "Bord" stays narrow, a
 * note gets the room, and no word is broken ("Innspil l", "Oppsummerin g").
 */
export function columnWidths(b: TableBlock, total = TEXT_WIDTH): number[] {
  const weights =
    b.widths && b.widths.length === b.header.length
      ? b.widths
      : b.header.map((h, i) => {
          const longestLine = Math.max(
            0,
            ...b.rows.map((r) => Math.max(0, ...(r[i] ?? '').split(/\r?\n/).map((l) => l.length))),
          );
          return Math.max(longestWord(h) + 1, Math.min(longestLine, 60), 3);
        });
  const wanted = b.header.map(
    (h, i) =>
      Math.max(
        Math.min(LONGEST_UNBROKEN, longestWord(h)) * BOLD_CHAR,
        Math.min(LONGEST_UNBROKEN, Math.max(0, ...b.rows.map((r) => longestWord(r[i] ?? '')))) * CHAR,
      ) + PADDING,
  );
  // Many columns of long words can want more than the page has: then each gets its share of the page (Word refuses a
  // negative width, and a table wider than the page is cut off).
  const wantedTotal = wanted.reduce((a, w) => a + w, 0);
  const mins = wantedTotal > total ? wanted.map((w) => Math.floor((w / wantedTotal) * total)) : wanted;
  // Columns below their minimum get it; the rest share what is left by their weights (twice, as a column that was
  // wide enough may fall below its own minimum once others took theirs).
  const fixed = new Set<number>();
  let widths: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const left = total - [...fixed].reduce((a, i) => a + (mins[i] ?? 0), 0);
    const share = weights.reduce((a, w, i) => (fixed.has(i) ? a : a + w), 0);
    widths = weights.map((w, i) => (fixed.has(i) ? (mins[i] ?? 0) : Math.floor((w / share) * left)));
    const short = widths.flatMap((w, i) => (!fixed.has(i) && w < (mins[i] ?? 0) ? [i] : []));
    if (short.length === 0) break;
    for (const i of short) fixed.add(i);
  }
  // What rounding left over goes to the widest column, so the table spans the text width exactly.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + total - widths.reduce((a, w) => a + w, 0);
  return widths;
}

function cell(text: string, width: number, opts: { header: boolean; right: boolean }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        children: runs(text, { bold: opts.header }),
        alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { before: 0, after: 0 },
      }),
    ],
    shading: opts.header ? { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } : undefined,
  });
}

/** A table with fixed column widths; the header row repeats on every page and no row is split across two. */
export function docxTable(b: TableBlock): Table {
  const widths = columnWidths(b);
  const row = (cells: readonly string[], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      // The header row stays with the first row of data.
      keepNext: header,
      children: cells.map((c, i) => cell(c, widths[i] ?? 0, { header, right: b.numeric?.[i] ?? false })),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [row(b.header, true), ...b.rows.map((r) => row(r, false))],
  });
}
