import type { WorkshopDefinition } from '@kafe/shared/agenda';
import { type Note, type WorkshopState } from '@kafe/shared/reducer';
/** The rounds (1-based) that asked a question: a question may be asked in more than one round. */
export declare function roundsOfQuestion(def: WorkshopDefinition, questionId: string): number[];
/** Starred notes of a question the projector may show, newest first. */
export declare function insightsOf(state: WorkshopState, questionId: string): Note[];
export interface TableSummary {
    table: number;
    round: number;
    text: string;
}
/** The table hosts' round summaries for a question, by table. */
export declare function summariesOf(state: WorkshopState, def: WorkshopDefinition, questionId: string): TableSummary[];
export interface VoteRow {
    key: string;
    label: string;
    dots: number;
}
/** Revealed vote results, most dots first; null while there are none to show. */
export declare function voteRows(state: WorkshopState, questionId: string): VoteRow[] | null;
