import type { Note } from '@kafe/shared/note';
import type { Wall } from '@kafe/shared/plenary/wallNotes';

/** One tile of the live wall: a table's notes, or the notes the facilitator pinned (table null). */
export interface WallTile {
  table: number | null;
  /** Newest first. */
  notes: Note[];
}

/** Tiles on one screen: 4 × 3 stay readable from the back at 16:9; more tables take turns, page by page. */
export const TILES_PER_PAGE = 12;

/** Every table with notes gets a tile, in table order so people find their own; pinned notes come first. */
export function tilesOf(wall: Wall): WallTile[] {
  const tables = [...wall.tables].sort((a, b) => a.table - b.table);
  return [...(wall.pinned.length ? [{ table: null, notes: wall.pinned }] : []), ...tables];
}

export function pagesOf<T>(items: readonly T[], size = TILES_PER_PAGE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}

/** Columns for `n` tiles at 16:9: two rows up to ten tiles (tall tiles hold more notes), three rows past that. */
export function columnsFor(n: number): number {
  if (n <= 2) return Math.max(1, n);
  if (n <= 10) return Math.ceil(n / 2);
  return 4;
}
