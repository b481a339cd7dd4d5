// Clustering quality against gold labels: purity and the adjusted Rand index.
//
// Both take a predicted cluster id and a gold label per item. Notes the summariser leaves
// out (no theme) must be given a cluster id of their own each (see `predictedLabels`), so
// that leaving notes out is neither rewarded nor hidden: for ARI, a left-out note is a
// singleton; for purity it is trivially pure, so `coverage` is reported next to it.
import { must } from '../../fixtures/must.js';

/** Fraction of items whose cluster's majority gold label is their own. */
export function purity(predicted: readonly string[], gold: readonly string[]): number {
  if (predicted.length !== gold.length) throw new Error('length mismatch');
  if (predicted.length === 0) return 1;
  const byCluster = new Map<string, Map<string, number>>();
  predicted.forEach((p, i) => {
    const g = must(gold[i]);
    const counts = byCluster.get(p) ?? new Map<string, number>();
    counts.set(g, (counts.get(g) ?? 0) + 1);
    byCluster.set(p, counts);
  });
  let majority = 0;
  for (const counts of byCluster.values()) majority += Math.max(...counts.values());
  return majority / predicted.length;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/** Adjusted Rand index (Hubert & Arabie 1985): 1 = identical partitions, ~0 = chance. */
export function adjustedRandIndex(predicted: readonly string[], gold: readonly string[]): number {
  if (predicted.length !== gold.length) throw new Error('length mismatch');
  const n = predicted.length;
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  predicted.forEach((p, i) => {
    const g = must(gold[i]);
    const cell = JSON.stringify([p, g]);
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    rows.set(p, (rows.get(p) ?? 0) + 1);
    cols.set(g, (cols.get(g) ?? 0) + 1);
  });
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((acc, v) => acc + pairs(v), 0);
  const index = sum(cells);
  const rowSum = sum(rows);
  const colSum = sum(cols);
  const expected = (rowSum * colSum) / pairs(n);
  const max = (rowSum + colSum) / 2;
  // Both partitions trivial (all singletons or one cluster each): define as perfect agreement.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

/** Cluster id per note: the theme key, or a unique `none:<id>` for notes in no theme. */
export function predictedLabels(
  noteIds: readonly string[],
  themes: readonly { key: string; noteIds: string[] }[],
): string[] {
  const themeOf = new Map<string, string>();
  for (const t of themes) for (const id of t.noteIds) themeOf.set(id, t.key);
  return noteIds.map((id) => themeOf.get(id) ?? `none:${id}`);
}

/** Fraction of notes placed in some theme. */
export function coverage(noteIds: readonly string[], themes: readonly { noteIds: string[] }[]): number {
  const covered = new Set(themes.flatMap((t) => t.noteIds));
  return noteIds.length === 0 ? 1 : noteIds.filter((id) => covered.has(id)).length / noteIds.length;
}

/** A labelled note of a question: gold theme 'outlier' means it belongs to no theme. */
export interface GoldNote {
  id: string;
  text: string;
  theme: string;
  table?: number;
  starred?: boolean;
}

export interface QuestionScore {
  themes: number;
  ari: number;
  /** Over the notes placed in a theme. */
  purity: number;
  coverage: number;
  starred: { placed: number; of: number };
}

/**
 * Scores themes against gold labels. Each 'outlier' note is a gold class of its own, so putting it in a theme costs
 * ARI (and purity, when it is not the majority).
 */
export function scoreQuestion(
  notes: readonly GoldNote[],
  themes: readonly { key: string; noteIds: string[] }[],
): QuestionScore {
  const ids = notes.map((n) => n.id);
  const gold = notes.map((n) => (n.theme === 'outlier' ? `outlier:${n.id}` : n.theme));
  const predicted = predictedLabels(ids, themes);
  const placed = predicted.map((p) => !p.startsWith('none:'));
  const starredIds = notes.filter((n) => n.starred).map((n) => n.id);
  const covered = new Set(themes.flatMap((t) => t.noteIds));
  return {
    themes: themes.length,
    ari: adjustedRandIndex(predicted, gold),
    purity: purity(
      predicted.filter((_, i) => placed[i]),
      gold.filter((_, i) => placed[i]),
    ),
    coverage: coverage(ids, themes),
    starred: { placed: starredIds.filter((id) => covered.has(id)).length, of: starredIds.length },
  };
}

/** Means over questions (starred counts summed). */
export function meanScore(scores: readonly QuestionScore[]): QuestionScore {
  const mean = (f: (s: QuestionScore) => number): number =>
    scores.reduce((sum, s) => sum + f(s), 0) / Math.max(1, scores.length);
  return {
    themes: mean((s) => s.themes),
    ari: mean((s) => s.ari),
    purity: mean((s) => s.purity),
    coverage: mean((s) => s.coverage),
    starred: {
      placed: scores.reduce((n, s) => n + s.starred.placed, 0),
      of: scores.reduce((n, s) => n + s.starred.of, 0),
    },
  };
}

export const formatScore = (s: QuestionScore): string =>
  `${s.themes.toFixed(1)} themes, ARI ${s.ari.toFixed(3)}, purity ${s.purity.toFixed(3)}, coverage ${s.coverage.toFixed(3)}, starred ${s.starred.placed}/${s.starred.of}`;
