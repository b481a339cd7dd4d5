import type { EvaluationItem } from '../agenda.js';
import type { Note } from '../note.js';
import type { WorkshopState } from '../state.js';
import { isOnScreen, type CuratedTheme } from '../themes/curate.js';

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
export function summariseEvaluation(
  items: readonly EvaluationItem[],
  answers: WorkshopState['evaluation']['answers'],
): EvaluationSummary {
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
      texts.push({
        item,
        answers: all.map((a) => a[item.id]).filter((v): v is string => typeof v === 'string' && v.trim() !== ''),
      });
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

/** Starred notes the projector may show, as vote options: what the tables marked as insights, when no themes exist. */
export function starredOptions(state: WorkshopState, questionId: string): VoteOption[] {
  return state.noteOrder
    .map((id) => state.notes[id])
    .filter((n): n is Note => n !== undefined && n.questionId === questionId && n.starred && isOnScreen(n))
    .slice(0, 30)
    .map((n) => ({ key: n.id, label: n.text.slice(0, 200) }));
}

/** The themes the projector shows for a question (curated, hidden ones left out), as vote options. */
export function themeOptions(themes: readonly CuratedTheme[]): VoteOption[] | null {
  const options = themes.slice(0, 30).map((t) => ({ key: t.key.slice(0, 64), label: t.label.slice(0, 200) }));
  return options.length ? options : null;
}
