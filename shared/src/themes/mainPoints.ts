// Hovedpunkter: what a facilitator reads out at the end. Per question the 3–5 themes most tables raised, and one
// overview across all questions.
//
// Ranked by how many tables raised a theme, not how many notes it has: ten notes from one eager table say less about
// the room than three tables saying the same thing once each. Ties: more notes, then the label (never an id, so two
// reports of the same notes agree).
import type { MessageKey } from '../i18n/index.js';

/** What ranking needs of a theme (a curated theme or a report's theme). */
export interface PointTheme {
  key: string;
  label: string;
  tables: readonly number[];
  /** How many notes it holds. */
  notes: number;
}

export interface MainPoint {
  questionId: string;
  key: string;
  label: string;
  /** Tables that raised it. */
  tables: number;
  notes: number;
}

export interface MainPoints {
  perQuestion: { questionId: string; points: MainPoint[] }[];
  /** The strongest points across all questions. */
  overview: MainPoint[];
}

/** Never more than this per question or in the overview: five is what a room can hold. */
export const MAX_POINTS = 5;
/** Always this many when there are themes at all, even if only one table raised them. */
export const MIN_POINTS = 3;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const rank = (a: MainPoint, b: MainPoint): number =>
  b.tables - a.tables || b.notes - a.notes || byString(a.label, b.label);

function pointsOf(questionId: string, themes: readonly PointTheme[]): MainPoint[] {
  const ranked = themes
    .map((t) => ({ questionId, key: t.key, label: t.label, tables: new Set(t.tables).size, notes: t.notes }))
    .sort(rank);
  // Past the first three, a point one table raised is that table's point, not the room's.
  return ranked.filter((p, i) => i < MIN_POINTS || p.tables > 1).slice(0, MAX_POINTS);
}

/** Hovedpunkter of one question: its 3–5 strongest themes. Pure. */
export function questionPoints(questionId: string, themes: readonly PointTheme[]): MainPoint[] {
  return pointsOf(questionId, themes);
}

/** The overview across questions: the strongest of their points that more than one table raised. */
export function overviewPoints(points: readonly MainPoint[]): MainPoint[] {
  return points
    .filter((p) => p.tables > 1)
    .sort(rank)
    .slice(0, MAX_POINTS);
}

/** Hovedpunkter of every question (in the order given) and across them. Pure. */
export function mainPoints(questions: readonly { questionId: string; themes: readonly PointTheme[] }[]): MainPoints {
  const perQuestion = questions.map((q) => ({ questionId: q.questionId, points: pointsOf(q.questionId, q.themes) }));
  return { perQuestion, overview: overviewPoints(perQuestion.flatMap((q) => q.points)) };
}

/** The sentence a point is read out as: «Mindre rapportering — 7 av 10 bord», or «… — bare ett bord». */
export function pointSentence(
  point: Pick<MainPoint, 'label' | 'tables'>,
  totalTables: number,
  t: (key: MessageKey, vars?: Record<string, string | number>) => string,
): string {
  return point.tables === 1
    ? t('plenary.point.oneTable', { label: point.label })
    : t('plenary.point.tables', { label: point.label, n: point.tables, total: Math.max(totalTables, point.tables) });
}

/** How many tables raised a theme, as the screen and report say it next to the theme: "7 av 10 bord". */
export function tablesPhrase(
  tables: number,
  totalTables: number,
  t: (key: MessageKey, vars?: Record<string, string | number>) => string,
): string {
  return tables === 1
    ? t('plenary.tables.one')
    : t('plenary.tables', { n: tables, total: Math.max(totalTables, tables) });
}
