// The client is its own TypeScript project (bundler resolution), so the test project cannot include its files in its
// type check. vitest loads them at run time from a computed path; these are the signatures the tests rely on.
import { fileURLToPath } from 'node:url';
import type { EvaluationItem, Segment } from '@kafe/shared/agenda';
import type { Participant, WorkshopState } from '@kafe/shared/reducer';
import type { Timeline } from '@kafe/shared/timeline';

export interface SeatingModule {
  seatingRound(agenda: readonly Segment[], timeline: Timeline): number | null;
  seatOf(me: Participant | undefined, mixing: boolean, round: number | null): { table: number | null; assigned: boolean };
  tableFromSearch(search: string): number | undefined;
}

interface VoteOption {
  key: string;
  label: string;
}
export interface SummariesModule {
  summariseEvaluation(
    items: readonly EvaluationItem[],
    answers: WorkshopState['evaluation']['answers'],
  ): { respondents: number; scales: { item: EvaluationItem; count: number; average: number | null; histogram: number[] }[]; texts: { item: EvaluationItem; answers: string[] }[] };
  seatsPerRound(state: WorkshopState, tables: number, rounds: number): number[][];
  starredOptions(state: WorkshopState, questionId: string): VoteOption[];
  themeOptions(themes: unknown, curation: WorkshopState['curation'][string] | undefined, questionId: string): VoteOption[] | null;
}

const clientFile = (path: string): string => fileURLToPath(new URL(`../../../client/src/${path}`, import.meta.url));

export const loadSeating = (): Promise<SeatingModule> => import(clientFile('participant/seating.ts'));
export const loadSummaries = (): Promise<SummariesModule> => import(clientFile('participant/summaries.ts'));
