import type { Segment } from '@kafe/shared/agenda';
import type { Participant } from '@kafe/shared/reducer';
import type { Timeline } from '@kafe/shared/timeline';
/**
 * The round whose seating matters now (1-based): the current round, or the next one during the intro, a rotation or
 * a break, since that is where people are about to sit. After the last round: the last round. null without rounds.
 */
export declare function seatingRound(agenda: readonly Segment[], timeline: Timeline): number | null;
/** Where a phone sits: the facilitator's assignment for the round when mixing is on, else the table it chose. */
export interface Seat {
    table: number | null;
    assigned: boolean;
}
export declare function seatOf(me: Participant | undefined, mixing: boolean, round: number | null): Seat;
/** The table number in ?table=N of a table card's link, if it names a plausible table. */
export declare function tableFromSearch(search: string): number | undefined;
