import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { TableBlock } from '@kafe/shared/harvest/document/layout';
import { runs } from './docxRuns.js';

/** A4 less 2 cm margins on each side, in twentieths of a point: the width a table spreads over. */
export const TEXT_WIDTH = 11906 - 2 * 1134;

/**
 * Each column's share of the width: the block's own hints, or what its content needs (its longest line up to a
 * point, its header's longest word at least), so "Bord" stays narrow and a note gets the room, and no header word
 * is broken ("Oppsummerin g").
 */
export function columnWidths(b: TableBlock, total = TEXT_WIDTH): number[] {
  const weights =
    b.widths && b.widths.length === b.header.length
      ? b.widths
      : b.header.map((h, i) => {
          const longestWord = Math.max(...h.split(/\s+/).map((w) => w.length));
          const longestLine = Math.max(
            0,
            ...b.rows.map((r) => Math.max(0, ...(r[i] ?? '').split(/\r?\n/).map((l) => l.length))),
          );
          return Math.max(longestWord + 1, Math.min(longestLine, 60), 3);
        });
  const sum = weights.reduce((a, w) => a + w, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
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
