// Word table columns: sized to their content, but always on the page, whatever a workshop's texts hold.
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '@kafe/shared/harvest/document/layout';
import { columnWidths, TEXT_WIDTH } from '../../../server/src/export/docxTable.js';

const table = (header: string[], rows: string[][] = []): TableBlock => ({ kind: 'table', header, rows });

describe('Word table column widths', () => {
  it('give a short column little and a note the room, spanning the text width exactly', () => {
    const widths = columnWidths(table(['Bord', 'Innspill'], [['1', 'Mindre rapportering gir mer tid til barna']]));
    expect(widths.reduce((a, w) => a + w, 0)).toBe(TEXT_WIDTH);
    expect(widths[0]).toBeLessThan(widths[1] ?? 0);
  });

  it('stay positive and on the page when every header is one very long word (the fuzz storm made one negative)', () => {
    const long = 'x'.repeat(300);
    const widths = columnWidths(
      table(
        Array.from({ length: 9 }, (_, i) => `${long}${i}`),
        [['a'.repeat(500)]],
      ),
    );
    expect(widths).toHaveLength(9);
    for (const w of widths) {
      expect(Number.isInteger(w)).toBe(true);
      expect(w).toBeGreaterThan(0);
    }
    expect(widths.reduce((a, w) => a + w, 0)).toBe(TEXT_WIDTH);
  });
});
