import type { WorkshopDefinition } from './agenda.js';
import { dateInZone, wallClockToEpoch } from './time.js';
import type { Timeline } from './timeline.js';

/** What every page says before the clock is started: when we start, and on the day, how long until then. */
export interface StartAnnouncement {
  /** 'HH:MM' of the first segment's planned start, in the workshop's time zone ('Vi starter kl. 12:45'). */
  time: string;
  /** The planned start, as an instant. */
  startsAt: number;
  /** Whether to count down to it: only on the workshop's day and before that time (a countdown of days, or a frozen 0:00, says nothing). */
  countdown: boolean;
}

/**
 * Before the start, the first segment's length read as a time of day ('Intro kafédialog · 15:00' looked like 3 pm);
 * the planned start is what people want to know. Null once the clock has started.
 */
export function startAnnouncement(
  def: Pick<WorkshopDefinition, 'agenda' | 'date' | 'timeZone'>,
  timeline: Timeline,
  now: number,
): StartAnnouncement | null {
  const first = def.agenda[0];
  if (timeline.status !== 'notStarted' || !first) return null;
  const startsAt = wallClockToEpoch(def.date, first.start, def.timeZone);
  return { time: first.start, startsAt, countdown: dateInZone(now, def.timeZone) === def.date && now < startsAt };
}
