// reload: how long a workshop with 2,000 joined participants and 2,000 notes takes to load into memory (a restart, or
// the first socket after one): read the log from PGlite, parse every row, rebuild the state and the opId index.
// Also the reducer alone, and the same rebuild with the map copied on every join (how joins were applied before), to
// show what copy-on-write saves.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredEvent } from '@kafe/shared/events';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import { EventStore } from '../../server/src/store/eventStore.js';
import { openStore } from '../../server/src/store/open.js';
import { storesOn } from '../../server/src/store/stores.js';
import { WorkshopRepository } from '../../server/src/workshops/repository.js';
import { WorkshopRuntime } from '../../server/src/workshops/runtime.js';
import { templateOn } from '../fixtures/workshop.js';
import { log, median, round } from './lib/stats.js';

const PARTICIPANTS = 2000;
const NOTES = 2000;
const RUNS = 5;

function scriptedLog(): Pick<StoredEvent, 'at' | 'actor' | 'event'>[] {
  const def = templateOn();
  const at = Date.parse('2026-03-10T12:00:00Z');
  const entries: Pick<StoredEvent, 'at' | 'actor' | 'event'>[] = [
    { at, actor: { role: 'organiser' }, event: { type: 'workshop.created', definition: def } },
  ];
  for (let i = 0; i < PARTICIPANTS; i++) {
    const participantId = `p${i}`;
    entries.push({
      at: at + i,
      actor: { role: 'participant', participantId },
      event: { type: 'participant.joined', participantId, name: '', table: 1 + (i % 10) },
    });
  }
  for (let i = 0; i < NOTES; i++) {
    const table = 1 + (i % 10);
    entries.push({
      at: at + 10_000 + i,
      actor: { role: 'host', table },
      event: {
        type: 'note.added',
        noteId: randomUUID(),
        table,
        questionId: 'q1',
        round: 1,
        text: `Notat ${i}: mer tillit og mindre rapportering`,
        source: 'host',
      },
    });
  }
  return entries;
}

/** The old way of applying joins: a fresh copy of the participants map for every one. */
function copyEveryJoin(events: readonly StoredEvent[]): number {
  let participants: Record<string, unknown> = {};
  for (const e of events)
    if (e.event.type === 'participant.joined') participants = { ...participants, [e.event.participantId]: e.event };
  return Object.keys(participants).length;
}

export async function bench(): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'kafe-bench-reload-'));
  const db = await openStore({ dataDir: dir, databaseUrl: undefined });
  try {
    const store = new EventStore(db);
    const { id } = await new WorkshopRepository(storesOn(db)).create(templateOn());
    await store.appendImported(id, scriptedLog());
    const loads: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await WorkshopRuntime.load(
        id,
        store,
        () => undefined,
        () => undefined,
      );
      loads.push(performance.now() - t0);
    }
    const events = await store.readSince(id);
    const reduce: number[] = [];
    const copying: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let t0 = performance.now();
      applyAll(emptyState(), events);
      reduce.push(performance.now() - t0);
      t0 = performance.now();
      copyEveryJoin(events);
      copying.push(performance.now() - t0);
    }
    const result = {
      participants: PARTICIPANTS,
      notes: NOTES,
      events: events.length,
      loadMs: round(median(loads)),
      reducerMs: round(median(reduce)),
      joinsCopiedEachTimeMs: round(median(copying)),
    };
    log('reload', result);
    return result;
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
