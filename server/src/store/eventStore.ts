import type { Actor, StoredEvent } from '@kafe/shared/events';
import { actorKey } from './actorKey.js';
import { z } from 'zod';
import type { Db, Queryable } from './db.js';
import { COLUMNS, insertRows, lockHead, parseRow, SELECT, type EventRow, type NewEvent } from './eventRows.js';
import { NOTICE_ROWS_BYTES, notify } from './notices.js';
import { StaleHead } from './staleHead.js';

export type { NewEvent };

/** A stored row the loader could not read: set aside (and logged) so the rest of the workshop still loads. */
export interface UnreadableRow {
  seq: number;
  type: string;
  problem: string;
}

/** A workshop's whole log as read from the store. */
export interface LoadedLog {
  events: StoredEvent[];
  unreadable: UnreadableRow[];
}

/** What the runtime needs to answer a replayed opId without a query. */
export interface OpRecord {
  seq: number;
  opHash: string | null;
}

/** The key of an opId in the idempotency index: per actor, so one actor's opId never shadows another's. */
export const opKey = (actor: Actor | string, opId: string): string =>
  `${typeof actor === 'string' ? actor : actorKey(actor)}\n${opId}`;

/** Events after a seq, with the idempotency records of their rows: what a runtime needs to catch up. */
export interface LogTail extends LoadedLog {
  ops: [string, OpRecord][];
}

export interface EventStoreOptions {
  /**
   * Announce every append on the notice channel (store/notices.ts), in its transaction, so other processes on the
   * same PostgreSQL follow it. Off for PGlite: one process, nobody to tell.
   */
  announce?: boolean;
}

/** The append-only event log. Appends are transactional and idempotent per (workshop, actor, opId). */
export class EventStore {
  private readonly announce: boolean;

  constructor(
    private readonly db: Db,
    options: EventStoreOptions = {},
  ) {
    this.announce = options.announce ?? false;
  }

  /**
   * Appends several events after `afterSeq`, in one transaction (group commit): the runtime batches the commands that
   * queued up while the previous commit ran, so 20 busy hosts cost one commit, not twenty. Throws, appending nothing,
   * if the log has moved past `afterSeq` (StaleHead: another process wrote) or an (actor, opId) is already there.
   */
  async appendBatch(workshopId: string, afterSeq: number, items: readonly NewEvent[]): Promise<StoredEvent[]> {
    if (items.length === 0) return [];
    return this.db.transaction(async (tx) => {
      const lastSeq = await lockHead(tx, workshopId);
      if (lastSeq !== afterSeq) throw new StaleHead(workshopId, lastSeq, afterSeq);
      for (const item of items) if (item.writeWith) await item.writeWith(tx);
      await insertRows(tx, workshopId, afterSeq, items);
      await tx.query('update workshops set last_seq = $2 where id = $1', [workshopId, afterSeq + items.length]);
      if (this.announce) await announceAppend(tx, workshopId, afterSeq, items);
      return items.map((item, i) => ({ seq: afterSeq + i + 1, at: item.at, actor: item.actor, event: item.event }));
    });
  }

  /**
   * Writes a whole log into a workshop that has none yet (an import), in one transaction: all of it or nothing.
   * Events get seq 1..n in the given order and opIds `import-<seq>`; their times and actors are kept.
   */
  async appendImported(
    workshopId: string,
    entries: readonly Pick<StoredEvent, 'at' | 'actor' | 'event'>[],
  ): Promise<number> {
    return this.db.transaction(async (tx) => {
      if ((await lockHead(tx, workshopId)) !== 0) throw new Error(`workshop ${workshopId} has events already`);
      // Multi-row inserts: one round trip per few hundred events instead of one each.
      const CHUNK = 500;
      for (let start = 0; start < entries.length; start += CHUNK) {
        const chunk = entries
          .slice(start, start + CHUNK)
          .map((e, i): NewEvent => ({ ...e, opId: `import-${start + i + 1}` }));
        await insertRows(tx, workshopId, start, chunk);
      }
      await tx.query('update workshops set last_seq = $2 where id = $1', [workshopId, entries.length]);
      if (this.announce) await notify(tx, { t: 'append', w: workshopId, seq: entries.length });
      return entries.length;
    });
  }

  /** Events after `sinceSeq`, in order (rows that do not parse are left out: see readLog for the whole story). */
  async readSince(workshopId: string, sinceSeq = 0): Promise<StoredEvent[]> {
    const res = await this.db.query<EventRow>(`${SELECT} where workshop_id = $1 and seq > $2 order by seq`, [
      workshopId,
      sinceSeq,
    ]);
    return res.rows.flatMap((row) => {
      const parsed = parseRow(row);
      return parsed.ok ? [parsed.event] : [];
    });
  }

  /**
   * The whole log, for loading a workshop. A row that does not parse (edited by hand, or written by an older version
   * with other limits) must not take the whole workshop down: it is reported in `unreadable`, and its seq is kept by a
   * `log.unreadable` placeholder so every later seq stays where clients expect it.
   */
  async readLog(workshopId: string): Promise<LoadedLog> {
    const res = await this.db.query<EventRow>(`${SELECT} where workshop_id = $1 order by seq`, [workshopId]);
    return logOf(res.rows);
  }

  /**
   * What another process appended after `seq`, gap-free (unreadable rows as placeholders, as in readLog), with each
   * row's idempotency record, so a replay of an opId first seen elsewhere is recognised here too.
   */
  async readTail(workshopId: string, seq: number): Promise<LogTail> {
    const res = await this.db.query<EventRow & { actor_key: string; op_hash: string | null }>(
      `select ${COLUMNS}, actor_key, op_hash from events where workshop_id = $1 and seq > $2 order by seq`,
      [workshopId, seq],
    );
    return {
      ...logOf(res.rows),
      ops: res.rows.map((r) => [opKey(r.actor_key, r.op_id), { seq: r.seq, opHash: r.op_hash }]),
    };
  }

  /** (actor, opId) → seq and fingerprint, so the server can answer a replay without a query. */
  async opIds(workshopId: string): Promise<Map<string, OpRecord>> {
    const res = await this.db.query<{ actor_key: string; op_id: string; seq: number; op_hash: string | null }>(
      'select actor_key, op_id, seq, op_hash from events where workshop_id = $1',
      [workshopId],
    );
    return new Map(res.rows.map((r) => [opKey(r.actor_key, r.op_id), { seq: r.seq, opHash: r.op_hash }]));
  }
}

/** Rows in seq order as a log: each unreadable row keeps its seq as a `log.unreadable` placeholder. */
function logOf(rows: readonly EventRow[]): LoadedLog {
  const log: LoadedLog = { events: [], unreadable: [] };
  for (const row of rows) {
    const parsed = parseRow(row);
    if (parsed.ok) {
      log.events.push(parsed.event);
      continue;
    }
    const seq = row.seq;
    log.unreadable.push({ seq, type: row.type, problem: parsed.problem });
    log.events.push({
      seq,
      at: Number(row.at) || 0,
      actor: { role: 'system' },
      event: { type: 'log.unreadable', originalType: row.type.slice(0, 64) },
    });
  }
  return log;
}

/** A row as announced to other processes (eventRows.ts's columns plus the idempotency record). */
const announcedRow = z.object({
  seq: z.number().int().positive(),
  at: z.number(),
  actor: z.unknown(),
  type: z.string(),
  payload: z.unknown(),
  op_id: z.string(),
  actor_key: z.string(),
  op_hash: z.string().nullable(),
});

/** Tells other processes about an append, with its rows when they fit (see notices.ts). */
async function announceAppend(
  tx: Queryable,
  workshopId: string,
  afterSeq: number,
  items: readonly NewEvent[],
): Promise<void> {
  const rows = items.map((item, i): z.infer<typeof announcedRow> => {
    const { type, ...payload } = item.event;
    return {
      seq: afterSeq + i + 1,
      at: item.at,
      actor: item.actor,
      type,
      payload,
      op_id: item.opId,
      actor_key: actorKey(item.actor),
      op_hash: item.opHash ?? null,
    };
  });
  const seq = afterSeq + items.length;
  // PostgreSQL limits a notice to 8000 bytes, not characters: count UTF-8 bytes (non-Latin text takes 2–4 each).
  const fits = Buffer.byteLength(JSON.stringify(rows), 'utf8') <= NOTICE_ROWS_BYTES;
  await notify(tx, { t: 'append', w: workshopId, seq, ...(fits ? { rows } : {}) });
}

/** The rows of an append notice as a log tail, or null when they are not what announceAppend sends. */
export function tailOfNotice(rows: readonly unknown[]): LogTail | null {
  const parsed = z.array(announcedRow).safeParse(rows);
  if (!parsed.success) return null;
  return {
    ...logOf(parsed.data),
    ops: parsed.data.map((r) => [opKey(r.actor_key, r.op_id), { seq: r.seq, opHash: r.op_hash }]),
  };
}
