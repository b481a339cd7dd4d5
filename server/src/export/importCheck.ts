import type { WorkshopDefinition } from '@kafe/shared/agenda';
import { agendaProblems } from '@kafe/shared/agendaRules';
import { forgedActor } from './importActors.js';
import { EXPORT_SCHEMA, EXPORT_VERSION, exportHeaderSchema, workshopExportSchema, type ParsedExport } from './json.js';

export type ImportCheck =
  { ok: true; export: ParsedExport; definition: WorkshopDefinition; tables: number } | { ok: false; message: string };

const MAX_PROBLEMS = 5;

/** No workshop happened before this; a time before it is a broken or made-up export. */
const EARLIEST_AT = Date.UTC(2000, 0, 1);
/** Room for a server clock a little behind the one that exported; anything later has not happened yet. */
const LATEST_AHEAD_MS = 24 * 60 * 60_000;

/**
 * Checks a JSON export before anything is written: the right schema and a version this server reads, every event
 * valid, the log starting with workshop.created and in order, every definition in it a valid agenda, every time a real
 * date (from 2000 until a day after `now`), and every actor one that could have done what the event says. Answers in
 * words an organiser can act on, naming the event's position.
 */
export function checkImport(body: unknown, now: number = Date.now()): ImportCheck {
  const header = exportHeaderSchema.safeParse(body);
  if (!header.success)
    return {
      ok: false,
      message: `this is not a Kafédialog export: expected {"schema": "${EXPORT_SCHEMA}", "version": ${EXPORT_VERSION}, …}`,
    };
  if (header.data.schema !== EXPORT_SCHEMA)
    return {
      ok: false,
      message: `this is not a Kafédialog workshop export (schema "${header.data.schema}", expected "${EXPORT_SCHEMA}")`,
    };
  if (header.data.version > EXPORT_VERSION) {
    return {
      ok: false,
      message: `this export was made by a newer Kafédialog (format version ${header.data.version}); this server reads version ${EXPORT_VERSION}. Update the server and import again.`,
    };
  }
  if (header.data.version !== EXPORT_VERSION)
    return {
      ok: false,
      message: `unknown export format version ${header.data.version}; this server reads version ${EXPORT_VERSION}`,
    };

  const parsed = workshopExportSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_PROBLEMS).map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
    const more =
      parsed.error.issues.length > MAX_PROBLEMS ? ` (and ${parsed.error.issues.length - MAX_PROBLEMS} more)` : '';
    return { ok: false, message: `the export is not valid: ${issues.join('; ')}${more}` };
  }
  const { events } = parsed.data;
  const first = events[0]?.event;
  if (first?.type !== 'workshop.created')
    return { ok: false, message: 'the export is not valid: its first event must be workshop.created' };
  for (let i = 1; i < events.length; i++) {
    const e = events[i];
    const before = events[i - 1];
    if (!e || !before) continue;
    if (e.event.type === 'workshop.created')
      return { ok: false, message: `the export is not valid: events.${i} creates the workshop a second time` };
    if (e.seq <= before.seq)
      return {
        ok: false,
        message: `the export is not valid: events.${i} is out of order (seq ${e.seq} after ${before.seq})`,
      };
  }

  // The definition as the log leaves it, folded the way the reducer does, without replaying every note (which costs
  // about a second for a few thousand notes). Host tokens for every table the workshop ever had, so each table's
  // notes keep a host who can reach them.
  let definition = first.definition;
  let tables = definition.tables;
  for (const [i, { at, actor, event }] of events.entries()) {
    if (at < EARLIEST_AT || at > now + LATEST_AHEAD_MS) {
      return {
        ok: false,
        message: `the export is not valid: events.${i} (${event.type}) has the time ${at} (ms since 1970), which is not between 2000-01-01 and a day from now`,
      };
    }
    if (event.type === 'workshop.created' || event.type === 'workshop.updated') {
      const problems = agendaProblems(event.definition);
      if (problems.length)
        return {
          ok: false,
          message: `the export's workshop definition at events.${i} (${event.type}) is not valid: ${problems.join('; ')}`,
        };
      definition = event.definition;
    } else if (event.type === 'settings.changed') definition = { ...definition, settings: event.settings };
    const forged = forgedActor(actor, event, definition.tables);
    if (forged)
      return {
        ok: false,
        message: `the export is not valid: events.${i} (${event.type}) has an actor that could not have done it: ${forged}`,
      };
    tables = Math.max(tables, definition.tables);
  }
  return { ok: true, export: parsed.data, definition, tables };
}
