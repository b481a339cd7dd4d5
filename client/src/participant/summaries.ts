import type { EvaluationItem } from '@kafe/shared/agenda';
import type { Note, WorkshopState } from '@kafe/shared/reducer';

export interface ScaleSummary {
  item: EvaluationItem;
  count: number;
  /** null without answers. */
  average: number | null;
  /** How many chose 1, 2, 3, 4, 5. */
  histogram: [number, number, number, number, number];
}
export interface TextSummary {
  item: EvaluationItem;
  answers: string[];
}
export interface EvaluationSummary {
  respondents: number;
  scales: ScaleSummary[];
  texts: TextSummary[];
}

/** The evaluation's aggregate for the facilitator: respondents, average and spread per scale, every open answer. */
export function summariseEvaluation(items: readonly EvaluationItem[], answers: WorkshopState['evaluation']['answers']): EvaluationSummary {
  const all = Object.values(answers);
  const scales: ScaleSummary[] = [];
  const texts: TextSummary[] = [];
  for (const item of items) {
    if (item.kind === 'scale') {
      const values = all.map((a) => a[item.id]).filter((v): v is number => typeof v === 'number' && v >= 1 && v <= 5);
      const histogram: ScaleSummary['histogram'] = [0, 0, 0, 0, 0];
      for (const v of values) histogram[v - 1] = (histogram[v - 1] ?? 0) + 1;
      const average = values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
      scales.push({ item, count: values.length, average, histogram });
    } else {
      texts.push({ item, answers: all.map((a) => a[item.id]).filter((v): v is string => typeof v === 'string' && v.trim() !== '') });
    }
  }
  return { respondents: all.length, scales, texts };
}

/** Participants per table in each round, from the mixing assignment: [round][table-1]. */
export function seatsPerRound(state: WorkshopState, tables: number, rounds: number): number[][] {
  const out = Array.from({ length: rounds }, () => Array.from({ length: tables }, () => 0));
  for (const p of Object.values(state.participants)) {
    p.assigned.forEach((table, r) => {
      const row = out[r];
      if (row && table >= 1 && table <= tables) row[table - 1] = (row[table - 1] ?? 0) + 1;
    });
  }
  return out;
}

export interface VoteOption {
  key: string;
  label: string;
}

/** Shown starred notes of a question, as vote options: what the tables marked as insights, when no themes exist. */
export function starredOptions(state: WorkshopState, questionId: string): VoteOption[] {
  return state.noteOrder
    .map((id) => state.notes[id])
    .filter((n): n is Note => n !== undefined && n.questionId === questionId && n.starred && !n.deleted && n.status === 'shown')
    .slice(0, 30)
    .map((n) => ({ key: n.id, label: n.text.slice(0, 200) }));
}

/**
 * A question's themes, as the plenary feature keeps them in the store (`themes: Record<questionId, Theme[]>`), with the
 * facilitator's curation applied (renamed, hidden, merged away). Read defensively: null when the store has none.
 */
export function themeOptions(themes: unknown, curation: WorkshopState['curation'][string] | undefined, questionId: string): VoteOption[] | null {
  if (typeof themes !== 'object' || themes === null) return null;
  const list: unknown = Object.entries(themes).find(([k]) => k === questionId)?.[1];
  if (!Array.isArray(list)) return null;
  const options: VoteOption[] = [];
  for (const theme of list) {
    if (!isThemeLike(theme)) continue;
    if (curation?.hidden.includes(theme.key) || curation?.merged[theme.key] !== undefined) continue;
    options.push({ key: theme.key.slice(0, 64), label: (curation?.labels[theme.key] ?? theme.label).slice(0, 200) });
  }
  return options.length ? options.slice(0, 30) : null;
}

function isThemeLike(v: unknown): v is { key: string; label: string } {
  return typeof v === 'object' && v !== null && 'key' in v && typeof v.key === 'string' && 'label' in v && typeof v.label === 'string';
}
