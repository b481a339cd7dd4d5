import type { ClockEntry } from '../clock.js';

/**
 * Whether the participant groups are locked: once the clock has started (and not been reset since, as after a
 * rehearsal), phones have chosen and hosts have counted by these groups. Renaming one then would relabel answers
 * given under another name, and removing one would drop people from the report's figures mid-workshop, so the groups
 * stay as they were. Before the start they may change: a phone whose group is removed counts as not having said
 * (the report only counts groups the workshop has) and its picker asks again.
 */
export function groupsLocked(clock: readonly ClockEntry[]): boolean {
  let started = false;
  for (const { event } of clock) {
    if (event.type === 'clock.started') started = true;
    if (event.type === 'clock.reset') started = false;
  }
  return started;
}
