import type { Segment } from '../agenda.js';
import type { Participant } from '../state.js';
import type { Timeline } from '../timeline.js';

/**
 * The round whose seating matters now (1-based): the current round, or the next one during the intro, a rotation or
 * a break, since that is where people are about to sit. After the last round: the last round. null without rounds.
 */
export function seatingRound(agenda: readonly Segment[], timeline: Timeline): number | null {
  const from =
    timeline.status === 'notStarted' ? 0 : timeline.status === 'finished' ? agenda.length : Math.max(0, timeline.index);
  let n = 0;
  let found: number | null = null;
  for (let i = 0; i < agenda.length; i++) {
    if (agenda[i]?.kind !== 'round') continue;
    n += 1;
    if (i >= from && found === null) found = n;
  }
  return found ?? (n > 0 ? n : null);
}

/** Where a phone sits: the facilitator's assignment for the round when mixing is on, else the table it chose. */
export interface Seat {
  table: number | null;
  assigned: boolean;
}

export function seatOf(me: Participant | undefined, mixing: boolean, round: number | null): Seat {
  const assigned = mixing && me && round !== null ? me.assigned[round - 1] : undefined;
  if (assigned !== undefined) return { table: assigned, assigned: true };
  return { table: me?.table ?? null, assigned: false };
}

/** The table number in ?table=N of a table card's link, if it names a plausible table. */
export function tableFromSearch(search: string): number | undefined {
  // A plain match rather than URLSearchParams: shared/ runs without the DOM's globals.
  const raw = /(?:^\?|&)table=(\d{1,2})(?:&|$)/.exec(search)?.[1];
  if (!raw) return undefined;
  const n = Number(raw);
  return n >= 1 && n <= 60 ? n : undefined;
}
