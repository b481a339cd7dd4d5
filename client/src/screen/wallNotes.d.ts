import type { Note, WorkshopState } from '@kafe/shared/reducer';
export interface WallTable {
    table: number;
    /** Newest first. */
    notes: Note[];
}
export interface Wall {
    /** Pinned by the facilitator: first on the wall, whatever their table. */
    pinned: Note[];
    /** Tables with notes, the most recently active first, so the tables the wall has no room for are the quiet ones. */
    tables: WallTable[];
}
/** What the wall shows for a question: the notes and approved ideas the projector may show. */
export declare function wallOf(state: WorkshopState, questionId: string): Wall;
