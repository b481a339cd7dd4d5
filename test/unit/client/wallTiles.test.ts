// The projector's live wall: a tile for every table that has written, in table order, pinned notes first; twelve
// tiles a screen, more take turns; two rows up to ten tiles.
import { describe, expect, it } from 'vitest';
import type { Note } from '@kafe/shared/note';
import { columnsFor, pagesOf, tilesOf, TILES_PER_PAGE } from '../../../client/src/screen/wallTiles';

const note = (id: string, table: number): Note => ({ id, table }) as Note;

describe('wall tiles', () => {
  it('every table with notes gets a tile, in table order, after the pinned notes', () => {
    const tiles = tilesOf({
      pinned: [note('p', 4)],
      tables: [
        { table: 7, notes: [note('a', 7)] },
        { table: 2, notes: [note('b', 2)] },
        { table: 10, notes: [note('c', 10)] },
      ],
    });
    expect(tiles.map((t) => t.table)).toEqual([null, 2, 7, 10]);
  });

  it('no pinned tile when nothing is pinned', () => {
    expect(tilesOf({ pinned: [], tables: [{ table: 1, notes: [note('a', 1)] }] }).map((t) => t.table)).toEqual([1]);
  });

  it('twelve tiles a page: thirty tables take three pages, and none is left out', () => {
    const tables = Array.from({ length: 30 }, (_, i) => i + 1);
    const pages = pagesOf(tables);
    expect(pages.map((p) => p.length)).toEqual([TILES_PER_PAGE, TILES_PER_PAGE, 6]);
    expect(pages.flat()).toEqual(tables);
  });

  it('two rows up to ten tiles, three rows past that, never more rows than fit twelve', () => {
    const rows = (n: number): number => Math.ceil(n / columnsFor(n));
    expect([1, 2, 3, 4, 6, 8, 10].map(rows)).toEqual([1, 1, 2, 2, 2, 2, 2]);
    expect(columnsFor(10)).toBe(5);
    expect([11, 12].map(rows)).toEqual([3, 3]);
  });
});
