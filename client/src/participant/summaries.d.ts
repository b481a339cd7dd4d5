import type { EvaluationItem } from '@kafe/shared/agenda';
import type { WorkshopState } from '@kafe/shared/reducer';
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
export declare function summariseEvaluation(items: readonly EvaluationItem[], answers: WorkshopState['evaluation']['answers']): EvaluationSummary;
/** Participants per table in each round, from the mixing assignment: [round][table-1]. */
export declare function seatsPerRound(state: WorkshopState, tables: number, rounds: number): number[][];
export interface VoteOption {
    key: string;
    label: string;
}
/** Shown starred notes of a question, as vote options: what the tables marked as insights, when no themes exist. */
export declare function starredOptions(state: WorkshopState, questionId: string): VoteOption[];
/**
 * A question's themes, as the plenary feature keeps them in the store (`themes: Record<questionId, Theme[]>`), with the
 * facilitator's curation applied (renamed, hidden, merged away). Read defensively: null when the store has none.
 */
export declare function themeOptions(themes: unknown, curation: WorkshopState['curation'][string] | undefined, questionId: string): VoteOption[] | null;
