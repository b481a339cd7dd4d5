import type { WorkshopDefinition } from '../agenda.js';
import { summaryKey } from '../reducer.js';
import type { Note } from '../note.js';
import type { WorkshopState } from '../state.js';
import { roundSegments } from '../rounds.js';
import { isOnScreen } from '../themes/curate.js';

/** The rounds (1-based) that asked a question: a question may be asked in more than one round. */
export function roundsOfQuestion(def: WorkshopDefinition, questionId: string): number[] {
  return roundSegments(def.agenda).flatMap((s, i) => (s.questionId === questionId ? [i + 1] : []));
}

/** Starred notes of a question the projector may show, newest first. */
export function insightsOf(state: WorkshopState, questionId: string): Note[] {
  return state.noteOrder
    .map((id) => state.notes[id])
    .filter((n): n is Note => isOnScreen(n) && n.questionId === questionId && n.starred)
    .reverse();
}

export interface TableSummary {
  table: number;
  round: number;
  text: string;
}

/** The table hosts' round summaries for a question, by table. */
export function summariesOf(state: WorkshopState, def: WorkshopDefinition, questionId: string): TableSummary[] {
  const out: TableSummary[] = [];
  for (let table = 1; table <= def.tables; table++) {
    for (const round of roundsOfQuestion(def, questionId)) {
      const text = state.summaries[summaryKey(table, round)]?.text.trim();
      if (text) out.push({ table, round, text });
    }
  }
  return out;
}

export interface VoteRow {
  key: string;
  label: string;
  dots: number;
}

/** Revealed vote results, most dots first; null while there are none to show. */
export function voteRows(state: WorkshopState, questionId: string): VoteRow[] | null {
  const vote = state.votes[questionId];
  if (!vote?.results) return null;
  const results = vote.results;
  return vote.options
    .map((o) => ({ key: o.key, label: o.label, dots: results[o.key] ?? 0 }))
    .sort((a, b) => b.dots - a.dots);
}
