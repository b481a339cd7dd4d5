import type { Timeline } from '@kafe/shared/timeline';

/** The console's sections, in the order a workshop goes through them. */
export const CONSOLE_TABS = ['prepare', 'live', 'plenary', 'report'] as const;
export type ConsoleTab = (typeof CONSOLE_TABS)[number];

/** The section the workshop is in now: what the console shows unless the facilitator picked another. */
export function tabOfPhase(timeline: Timeline): ConsoleTab {
  if (timeline.status === 'notStarted') return 'prepare';
  if (timeline.status === 'finished') return 'report';
  return timeline.segment?.kind === 'plenary' ? 'plenary' : 'live';
}
