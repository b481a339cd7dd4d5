import { z } from 'zod';
import { definitionSchema, type WorkshopDefinition } from '@kafe/shared/agenda';
import { storedEventSchema, type StoredEvent } from '@kafe/shared/events';
import type { HarvestReport } from '@kafe/shared/harvest/index';
import { pseudonymousEvents } from './pseudonymous.js';

export const EXPORT_SCHEMA = 'kafedialog/workshop';
export const EXPORT_VERSION = 1;

/**
 * The re-importable record of a workshop: its definition and every event, in order. `report` is a convenience for
 * readers; import ignores it and rebuilds everything from the events. By default the events are pseudonymous
 * (pseudonymous.ts: no names, no one's own ballot or answers); `personalData: true` marks the full log, made only when
 * the facilitator asks for it.
 */
export interface WorkshopExport {
  schema: typeof EXPORT_SCHEMA;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  personalData: boolean;
  definition: WorkshopDefinition;
  events: StoredEvent[];
  report: HarvestReport;
}

export function renderJson(
  definition: WorkshopDefinition,
  events: readonly StoredEvent[],
  report: HarvestReport,
  now: number,
  personalData: boolean,
): string {
  const doc: WorkshopExport = {
    schema: EXPORT_SCHEMA,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    personalData,
    definition,
    events: personalData ? [...events] : pseudonymousEvents(events),
    report,
  };
  return JSON.stringify(doc, null, 2);
}

/** How an import is told apart from other JSON before anything else is checked: the schema name and version. */
export const exportHeaderSchema = z.object({ schema: z.string(), version: z.number() });

/** What an import accepts. Unknown top-level fields (such as `report`) are ignored. */
export const workshopExportSchema = z.object({
  schema: z.literal(EXPORT_SCHEMA),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().optional(),
  definition: definitionSchema,
  events: z.array(storedEventSchema).min(1).max(500_000),
});
export type ParsedExport = z.infer<typeof workshopExportSchema>;
