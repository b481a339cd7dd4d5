import type { WorkshopState } from '../state.js';
import { groupsOf, OTHERS_KEY } from './groups.js';

/** The fewest people a group may have to be shown on its own: below that, someone could be singled out. */
export const MIN_GROUP = 5;

export interface GroupBucket {
  /** A group's key, or OTHERS_KEY for the groups merged together. */
  key: string;
  count: number;
}

/**
 * Groups as the report may show them: each group with at least `min` people on its own, the smaller ones merged into
 * "andre". When "andre" itself ends up with 1 to min−1 people, the smallest shown group joins it, until it holds at
 * least `min` (or everything is in it): a lone small remainder could otherwise be worked out from the others and the
 * total. Buckets of no one are left out.
 */
export function safeBuckets(counts: Readonly<Record<string, number>>, min = MIN_GROUP): GroupBucket[] {
  const shown = Object.entries(counts)
    .filter(([, n]) => n >= min)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  let others = Object.values(counts)
    .filter((n) => n > 0 && n < min)
    .reduce((sum, n) => sum + n, 0);
  while (others > 0 && others < min && shown.length > 0) others += shown.pop()?.count ?? 0;
  return others > 0 ? [...shown, { key: OTHERS_KEY, count: others }] : shown;
}

/** The bucket a group falls in, given the buckets: its own, or "andre". */
export const bucketOf = (buckets: readonly GroupBucket[], group: string): string =>
  buckets.some((b) => b.key === group) ? group : OTHERS_KEY;

/** Phones that said their group, by group (only groups the workshop has, only phones that joined). */
export function phonesByGroup(state: WorkshopState): Record<string, number> {
  const known = new Set(groupsOf(state.definition).map((g) => g.key));
  const counts: Record<string, number> = {};
  for (const [participantId, group] of Object.entries(state.participation.groupOf)) {
    if (state.participants[participantId] && known.has(group)) counts[group] = (counts[group] ?? 0) + 1;
  }
  return counts;
}

/**
 * The hosts' headcounts of a round, summed over the tables, by group (only groups the workshop has: a group removed
 * before the start counts as not said, as a phone's choice of it does).
 */
export function tablesByGroup(state: WorkshopState, round: number): Record<string, number> {
  const known = new Set(groupsOf(state.definition).map((g) => g.key));
  const counts: Record<string, number> = {};
  for (const [key, byGroup] of Object.entries(state.participation.compositions)) {
    if (key.split(':')[1] !== String(round)) continue;
    for (const [group, n] of Object.entries(byGroup)) if (known.has(group)) counts[group] = (counts[group] ?? 0) + n;
  }
  return counts;
}

export interface GroupScale {
  itemId: string;
  /** bucket key → average (1–5) and how many answered, for buckets with at least MIN_GROUP answers. */
  byBucket: { key: string; count: number; average: number }[];
}

/**
 * The evaluation's scale questions by group: buckets are made from the people who answered with a group, per question,
 * so every average shown rests on at least MIN_GROUP answers.
 */
export function evaluationByGroup(state: WorkshopState, min = MIN_GROUP): GroupScale[] {
  const items = state.definition?.settings.evaluation.filter((i) => i.kind === 'scale') ?? [];
  const groupOf = state.participation.groupOf;
  const known = new Set(groupsOf(state.definition).map((g) => g.key));
  return items.map((item) => {
    const answers = Object.entries(state.evaluation.answers).flatMap(([participantId, a]) => {
      const value = a[item.id];
      const group = groupOf[participantId];
      return typeof value === 'number' && group !== undefined && known.has(group) ? [{ group, value }] : [];
    });
    const counts: Record<string, number> = {};
    for (const a of answers) counts[a.group] = (counts[a.group] ?? 0) + 1;
    const buckets = safeBuckets(counts, min);
    const byBucket = buckets.map((b) => {
      const values = answers.filter((a) => bucketOf(buckets, a.group) === b.key).map((a) => a.value);
      return { key: b.key, count: values.length, average: values.reduce((s, v) => s + v, 0) / values.length };
    });
    return { itemId: item.id, byBucket: byBucket.filter((b) => b.count >= min) };
  });
}
