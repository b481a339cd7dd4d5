// How long the harvest export takes for a big workshop: 2 000 notes (10 tables × 3 rounds, realistic Norwegian
// texts from the themes bench), with stars, summaries, 60 participants, a vote and the evaluation.
// Per format: the first run (cold: includes the theme pipeline's first use) and the median of the next five, plus
// the size. Also the report model alone and the import check of the JSON export.
//
// loopDelayDocx: the main thread's event-loop delay during one 2 000-note Word export, rendered inline (before) and on
// the worker pool, as the server now does (now).
//
// Run alone: `npx tsx test/bench/export.ts` prints JSON (after `npm run build`: the server code imports the built
// shared package). run.ts imports `bench` from here.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Actor, StoredEvent, WorkshopEvent } from '@kafe/shared/events';
import { buildHarvestReport } from '@kafe/shared/harvest/index';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import { EXPORT_FORMATS, exportWorkshop } from '../../server/src/export/formats.js';
import { checkImport } from '../../server/src/export/importCheck.js';
import { WorkerPool } from '../../server/src/workers/pool.js';
import { oslo, templateOn, uuidOf } from '../fixtures/workshop.js';
import { beforeAndNow } from './lib/loopDelay.js';
import { median, round } from './lib/stats.js';
import { syntheticNotes } from './themes.js';
import { must } from '../fixtures/must.js';

const NOTES = 2000;
const TABLES = 10;
const REPEATS = 5;

/** The event log of the big workshop, with seq and time. */
export function bigWorkshop(notes = NOTES): StoredEvent[] {
  const def = { ...templateOn(), tables: TABLES };
  const rounds = def.agenda.filter((s) => s.kind === 'round');
  const log: [Actor, WorkshopEvent][] = [
    [{ role: 'organiser' }, { type: 'workshop.created', definition: def }],
    [{ role: 'facilitator' }, { type: 'clock.started', planShiftMs: 0 }],
  ];
  for (let p = 0; p < 60; p++)
    log.push([
      { role: 'participant', participantId: `p${p}` },
      { type: 'participant.joined', participantId: `p${p}`, name: '', table: (p % TABLES) + 1 },
    ]);
  syntheticNotes(notes).forEach((n, i) => {
    const table = (i % TABLES) + 1;
    const round = (Math.floor(i / TABLES) % rounds.length) + 1;
    const noteId = uuidOf(i + 1);
    const actor: Actor = { role: 'host', table };
    log.push([
      actor,
      {
        type: 'note.added',
        noteId,
        table,
        questionId: rounds[round - 1]?.questionId ?? 'q1',
        round,
        text: n.text,
        source: 'host',
      },
    ]);
    if (n.starred) log.push([actor, { type: 'note.starred', noteId, starred: true }]);
  });
  for (let table = 1; table <= TABLES; table++) {
    for (let round = 1; round <= rounds.length; round++)
      log.push([
        { role: 'host', table },
        { type: 'summary.set', table, round, text: `Bord ${table}, runde ${round}: tillit, tid og samarbeid.` },
      ]);
  }
  log.push([
    { role: 'facilitator' },
    {
      type: 'vote.opened',
      questionId: 'q1',
      dots: 3,
      options: [
        { key: 'a', label: 'Tillit' },
        { key: 'b', label: 'Tid' },
      ],
    },
  ]);
  for (let p = 0; p < 60; p++)
    log.push([
      { role: 'participant', participantId: `p${p}` },
      { type: 'vote.cast', questionId: 'q1', participantId: `p${p}`, dots: { a: p % 4, b: 3 - (p % 4) } },
    ]);
  for (let p = 0; p < 60; p++)
    log.push([
      { role: 'participant', participantId: `p${p}` },
      {
        type: 'evaluation.answered',
        participantId: `p${p}`,
        answers: { useful: (p % 5) + 1, heard: 4, open: 'Mer tid til samtale' },
      },
    ]);
  const start = oslo('12:45');
  // Spread over the afternoon, one event every ~3 s, so rounds and notes get plausible times.
  return log.map(([actor, event], i) => ({ seq: i + 1, at: start + i * 3_000, actor, event }));
}

/** The first run (cold) and the median of the next REPEATS, with the first run's result. */
async function time<T>(fn: () => Promise<T> | T): Promise<{ coldMs: number; warmMs: number; result: T }> {
  let t = performance.now();
  const result = await fn();
  const coldMs = performance.now() - t;
  const warm: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    t = performance.now();
    await fn();
    warm.push(performance.now() - t);
  }
  return { coldMs: round(coldMs), warmMs: round(median(warm)), result };
}

export async function bench(): Promise<unknown> {
  const events = bigWorkshop();
  const state = applyAll(emptyState(), events);
  const now = must(events.at(-1)).at;
  const out: Record<string, unknown> = { notes: NOTES, events: events.length };
  const model = await time(() => buildHarvestReport(state, events, { now }));
  out.reportModel = { coldMs: model.coldMs, warmMs: model.warmMs };
  let json: unknown = null;
  for (const format of EXPORT_FORMATS) {
    console.error(`[bench export] ${format}`);
    const { result: file, ...ms } = await time(() => exportWorkshop(state, events, { format, now }));
    out[format] = { ...ms, kB: round(Buffer.byteLength(file.body) / 1024) };
    if (format === 'json') json = JSON.parse(String(file.body));
  }
  const { result: _check, ...importMs } = await time(() => {
    if (!checkImport(json).ok) throw new Error('the export did not pass its own import check');
  });
  out.importCheck = importMs;
  const pool = new WorkerPool({ size: 1 });
  try {
    console.error('[bench export] event-loop delay during a docx export, inline and on the worker pool');
    out.loopDelayDocx = await beforeAndNow(
      () => exportWorkshop(state, events, { format: 'docx', now }),
      () => pool.exportWorkshop(state, events, { format: 'docx', now }),
    );
  } finally {
    await pool.close();
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await bench(), null, 2));
}
