import { useState } from 'react';
import type { Timeline } from '@kafe/shared/timeline';
import { tabOfPhase, type ConsoleTab } from './consoleTabs';

/**
 * The section shown: the one the workshop is in, unless the facilitator picked another since the workshop got there.
 * When the workshop moves on (the plenary begins, say), the console follows again.
 */
export function useConsoleTab(timeline: Timeline): {
  tab: ConsoleTab;
  phaseTab: ConsoleTab;
  pick: (tab: ConsoleTab) => void;
} {
  const phaseTab = tabOfPhase(timeline);
  const [picked, setPicked] = useState<{ tab: ConsoleTab; during: ConsoleTab } | null>(null);
  const tab = picked && picked.during === phaseTab ? picked.tab : phaseTab;
  return { tab, phaseTab, pick: (next) => setPicked({ tab: next, during: phaseTab }) };
}
