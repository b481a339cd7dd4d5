// The order of a question's theme table in the report.
import type { ThemeReport } from '../types.js';

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The themes in the order Hovedpunkter ranks them (themes/mainPoints.ts): most tables first, then most notes, then the
 * label; themes the facilitator pinned come before them all. The text analysis hands them over in its own order (by notes), so a live run's table put «Tillit til
 * familiene» (4 bord) above «Tverrfaglige team» (5 bord) just below a Hovedpunkter list that had them the other way
 * round, and the table's own Bord column read unsorted.
 */
export function themesByRank(themes: readonly ThemeReport[]): ThemeReport[] {
  const tables = (t: ThemeReport): number => new Set(t.tables).size;
  // Pinned themes first, in the order given (the order they were pinned, as the projector showed them): the
  // facilitator put them there, and the table marks them «festet».
  const pinned = themes.filter((t) => t.pinned);
  const rest = themes.filter((t) => !t.pinned);
  return [...pinned, ...rest.sort((a, b) => tables(b) - tables(a) || b.count - a.count || byString(a.label, b.label))];
}
