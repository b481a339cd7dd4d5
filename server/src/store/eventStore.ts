import { storedEventSchema, type Actor, type StoredEvent, type WorkshopEvent } from '@kafe/shared/events';
import type { Db } from './db.js';

interface EventRow {
  seq: number;
  at: string | number;
  actor: unknown;
  type: string;
  payload: unknown;
  op_id: string;
}

/** An event to append, with the command's opId and the time it was decided. */
export interface NewEvent {
  opId: string;
  actor: Actor;
  event: WorkshopEvent;
  at: number;
}

export interface AppendResult {
  event: StoredEvent;
  /** true when this opId had been appended before: nothing new was written, and `event` is the original. */
  duplicate: boolean;
}

function toStored(row: EventRow): StoredEvent {
  // Rows were validated on the way in; parsing again keeps a hand-edited or older row from poisoning clients.
  const payload = typeof row.payload === 'object' && row.payload !== null ? row.payload : {};
  return storedEventSchema.parse({ seq: Number(row.seq), at: Number(row.at), actor: row.actor, event: { ...payload, type: row.type } });
}

/** The append-only event log. Appends are transactional and idempotent per (workshop, opId). */
export class EventStore {
  constructor(private readonly db: Db) {}

  /** Appends one event after the workshop's last one. A repeated opId returns the original event and appends nothing. */
  async append(workshopId: string, opId: string, actor: Actor, event: WorkshopEvent, at: number): Promise<AppendResult> {
    return this.db.transaction(async (tx) => {
      const head = await tx.query<{ last_seq: number }>('select last_seq from workshops where id = $1 for update', [workshopId]);
      const lastSeq = head.rows[0]?.last_seq;
      if (lastSeq === undefined) throw new Error(`unknown workshop ${workshopId}`);
      const existing = await tx.query<EventRow>(
        'select seq, at, actor, type, payload, op_id from events where workshop_id = $1 and op_id = $2',
        [workshopId, opId],
      );
      if (existing.rows[0]) return { event: toStored(existing.rows[0]), duplicate: true };
      const seq = lastSeq + 1;
      const { type, ...payload } = event;
      await tx.query(
        'insert into events (workshop_id, seq, at, actor, type, payload, op_id) values ($1, $2, $3, $4, $5, $6, $7)',
        [workshopId, seq, at, JSON.stringify(actor), type, JSON.stringify(payload), opId],
      );
      await tx.query('update workshops set last_seq = $2 where id = $1', [workshopId, seq]);
      return { event: { seq, at, actor, event }, duplicate: false };
    });
  }

  /**
   * Appends several events after `afterSeq`, in one transaction (group commit): the runtime batches the commands that
   * queued up while the previous commit ran, so 20 busy hosts cost one commit, not twenty. Throws, appending nothing,
   * if the log has moved past `afterSeq` (another process wrote) or an opId is already there.
   */
  async appendBatch(workshopId: string, afterSeq: number, items: readonly NewEvent[]): Promise<StoredEvent[]> {
    if (items.length === 0) return [];
    return this.db.transaction(async (tx) => {
      const head = await tx.query<{ last_seq: number }>('select last_seq from workshops where id = $1 for update', [workshopId]);
      const lastSeq = head.rows[0]?.last_seq;
      if (lastSeq === undefined) throw new Error(`unknown workshop ${workshopId}`);
      if (Number(lastSeq) !== afterSeq) throw new Error(`workshop ${workshopId} is at seq ${lastSeq}, not ${afterSeq}`);
      const params: unknown[] = [];
      const rows = items.map((item, i) => {
        const { type, ...payload } = item.event;
        params.push(workshopId, afterSeq + i + 1, item.at, JSON.stringify(item.actor), type, JSON.stringify(payload), item.opId);
        const p = i * 7;
        return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7})`;
      });
      await tx.query(`insert into events (workshop_id, seq, at, actor, type, payload, op_id) values ${rows.join(', ')}`, params);
      await tx.query('update workshops set last_seq = $2 where id = $1', [workshopId, afterSeq + items.length]);
      return items.map((item, i) => ({ seq: afterSeq + i + 1, at: item.at, actor: item.actor, event: item.event }));
    });
  }

  /**
   * Writes a whole log into a workshop that has none yet (an import), in one transaction: all of it or nothing.
   * Events get seq 1..n in the given order and opIds `import-<seq>`; their times and actors are kept.
   */
  async appendImported(workshopId: string, entries: readonly Pick<StoredEvent, 'at' | 'actor' | 'event'>[]): Promise<number> {
    return this.db.transaction(async (tx) => {
      const head = await tx.query<{ last_seq: number }>('select last_seq from workshops where id = $1 for update', [workshopId]);
      const lastSeq = head.rows[0]?.last_seq;
      if (lastSeq === undefined) throw new Error(`unknown workshop ${workshopId}`);
      if (Number(lastSeq) !== 0) throw new Error(`workshop ${workshopId} has events already`);
      // Multi-row inserts: one round trip per few hundred events instead of one each (PostgreSQL allows 65535 parameters).
      const CHUNK = 500;
      for (let start = 0; start < entries.length; start += CHUNK) {
        const chunk = entries.slice(start, start + CHUNK);
        const params: unknown[] = [];
        const rows = chunk.map((e, i) => {
          const seq = start + i + 1;
          const { type, ...payload } = e.event;
          params.push(workshopId, seq, e.at, JSON.stringify(e.actor), type, JSON.stringify(payload), `import-${seq}`);
          const p = i * 7;
          return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7})`;
        });
        await tx.query(`insert into events (workshop_id, seq, at, actor, type, payload, op_id) values ${rows.join(', ')}`, params);
      }
      await tx.query('update workshops set last_seq = $2 where id = $1', [workshopId, entries.length]);
      return entries.length;
    });
  }

  /** Events after `sinceSeq`, in order. */
  async readSince(workshopId: string, sinceSeq = 0): Promise<StoredEvent[]> {
    const res = await this.db.query<EventRow>(
      'select seq, at, actor, type, payload, op_id from events where workshop_id = $1 and seq > $2 order by seq',
      [workshopId, sinceSeq],
    );
    return res.rows.map(toStored);
  }

  /** opId → seq for a workshop, so the server can answer a replay without a query. */
  async opIds(workshopId: string): Promise<Map<string, number>> {
    const res = await this.db.query<{ op_id: string; seq: number }>('select op_id, seq from events where workshop_id = $1', [workshopId]);
    return new Map(res.rows.map((r) => [r.op_id, Number(r.seq)]));
  }
}
