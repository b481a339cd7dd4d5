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
