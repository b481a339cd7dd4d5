import type { Segment } from './agenda.js';
import type { WorkshopState } from './state.js';
import { timelineAt, type Timeline } from './timeline.js';

/** The round a table is working on at `now`: the current round, else the last round that ran, else the first. */
export function currentRound(state: WorkshopState, now: number): number {
  const def = state.definition;
  if (!def) return 1;
  return roundAt(def.agenda, timelineAt(def, state.clock, now));
}

/** The latest round that has run in timeline `t` (1 before any has). */
export function roundAt(agenda: readonly Segment[], t: Timeline): number {
  const rounds = roundSegments(agenda);
  let latest = 0;
  for (const run of t.runs) {
    const n = rounds.findIndex((r) => r.id === run.segmentId);
    if (n >= 0) latest = n + 1;
  }
  return Math.max(1, latest);
}

/** The question asked in round n (1-based), if the agenda has that round. */
export function questionOfRound(state: WorkshopState, round: number): string | null {
  const def = state.definition;
  return def ? (roundSegments(def.agenda)[round - 1]?.questionId ?? null) : null;
}

export function roundCount(state: WorkshopState): number {
  return state.definition ? roundSegments(state.definition.agenda).length : 0;
}

/** Rounds in agenda order: round number n (1-based) is the n-th round segment. */
export function roundNumberOf(agenda: readonly Segment[], segmentId: string): number | null {
  let n = 0;
  for (const s of agenda) {
    if (s.kind === 'round') n += 1;
    if (s.id === segmentId) return s.kind === 'round' ? n : null;
  }
  return null;
}

export function roundSegments(agenda: readonly Segment[]): Segment[] {
  return agenda.filter((s) => s.kind === 'round');
}
