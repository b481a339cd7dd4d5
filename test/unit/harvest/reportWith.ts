// The scripted workshop with a few more events after it, as a report model and as the Markdown a reader gets.
import type { StoredEvent, WorkshopEvent } from '@kafe/shared/events';
import type { Language } from '@kafe/shared/agenda';
import { buildHarvestReport } from '@kafe/shared/harvest/index';
import { harvestDocument } from '@kafe/shared/harvest/document/layout';
import type { HarvestReport } from '@kafe/shared/harvest/types';
import { applyAll } from '@kafe/shared/reducer';
import { renderMarkdown } from '../../../server/src/export/markdown.js';
import { NOW, scriptedEvents, scriptedState } from './scripted.js';

const events = scriptedEvents();
const base = scriptedState(events);

/** The report after `extra` (the facilitator's, a second before the report is made), in `language` (bokmål). */
export function reportWith(
  extra: readonly WorkshopEvent[],
  language: Language = 'nb',
): { report: HarvestReport; md: string } {
  const log: StoredEvent[] = [
    ...events,
    ...extra.map((event, i) => ({
      seq: events.length + i + 1,
      at: NOW - 1000,
      actor: { role: 'facilitator' as const },
      event,
    })),
  ];
  const report = buildHarvestReport(applyAll(base, log.slice(events.length)), log, { now: NOW, language });
  return { report, md: renderMarkdown(harvestDocument(report)) };
}
