import type { Language } from '../agenda.js';
import { roundCount } from '../rounds.js';
import type { WorkshopState } from '../state.js';
import {
  evaluationByGroup,
  MIN_GROUP,
  phonesByGroup,
  safeBuckets,
  tablesByGroup,
  type GroupBucket,
} from './byGroup.js';
import { groupNames } from './groupNames.js';
import { groupsOf, OTHERS_KEY } from './groups.js';

export interface GroupCount {
  /** A group's label in the report's language; null for the merged "andre" (the renderer names it). */
  label: string | null;
  count: number;
}

/** Participation and the evaluation by participant group, every figure resting on at least MIN_GROUP people. */
export interface GroupsReport {
  threshold: number;
  /** Phones that said their group. */
  phones: GroupCount[];
  /** The hosts' headcounts, summed over the tables, per round that has any. */
  tables: { round: number; groups: GroupCount[] }[];
  /** Scale questions of the evaluation: the average by group. */
  evaluation: { question: string; groups: (GroupCount & { average: number })[] }[];
}

/** The report's groups section; empty lists where nothing can be shown without singling someone out. */
export function groupsReport(state: WorkshopState, language: Language): GroupsReport {
  const names = groupNames(groupsOf(state.definition), language, state.definition?.language ?? language);
  const label = (key: string): string | null => (key === OTHERS_KEY ? null : (names.get(key) ?? key));
  const named = (buckets: GroupBucket[]): GroupCount[] =>
    // One bucket of everyone says nothing by group, and could be a group under five: not shown.
    buckets.length < 2 ? [] : buckets.map((b) => ({ label: label(b.key), count: b.count }));
  const rounds = Array.from({ length: roundCount(state) }, (_, i) => i + 1);
  const items = state.definition?.settings.evaluation ?? [];
  return {
    threshold: MIN_GROUP,
    phones: named(safeBuckets(phonesByGroup(state))),
    tables: rounds
      .map((round) => ({ round, groups: named(safeBuckets(tablesByGroup(state, round))) }))
      .filter((r) => r.groups.length > 0),
    evaluation: evaluationByGroup(state)
      .filter((s) => s.byBucket.length >= 2)
      .map((s) => ({
        question: items.find((i) => i.id === s.itemId)?.text ?? s.itemId,
        groups: s.byBucket.map((b) => ({ label: label(b.key), count: b.count, average: b.average })),
      })),
  };
}
