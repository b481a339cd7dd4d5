import { storedEventSchema, type Actor, type StoredEvent, type WorkshopEvent } from '@kafe/shared/events';
import { actorKey } from './actorKey.js';
import type { Queryable } from './db.js';

/** An event to append, with the command's opId, its fingerprint (null when no client command made it) and the time it was decided. */
export interface NewEvent {
  opId: string;
  actor: Actor;
  event: WorkshopEvent;
  at: number;
  opHash?: string | null;
  /**
   * What must be stored with this event or not at all (a flip-chart photo's bytes): written in the append's own
   * transaction, before the event's row, so a failure anywhere in the append rolls both back.
   */
  writeWith?: (tx: Queryable) => Promise<void>;
}

/** A row of the events table as the driver returns it. */
export interface EventRow {
  seq: number;
  at: string | number;
  actor: unknown;
  type: string;
  payload: unknown;
  op_id: string;
}

export const COLUMNS = 'seq, at, actor, type, payload, op_id';
export const SELECT = `select ${COLUMNS} from events`;

/** A stored row as an event, or what is wrong with it. */
export function parseRow(row: EventRow): { ok: true; event: StoredEvent } | { ok: false; problem: string } {
  const payload = typeof row.payload === 'object' && row.payload !== null ? row.payload : {};
  const parsed = storedEventSchema.safeParse({
    seq: row.seq,
    at: Number(row.at),
    actor: row.actor,
    event: { ...payload, type: row.type },
  });
  if (parsed.success) return { ok: true, event: parsed.data };
  return { ok: false, problem: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}

/** Inserts events at seqs afterSeq+1… in one multi-row statement (PostgreSQL allows 65535 parameters: callers chunk). */
export async function insertRows(
  tx: Queryable,
  workshopId: string,
  afterSeq: number,
  items: readonly NewEvent[],
): Promise<void> {
  const params: unknown[] = [];
  const rows = items.map((item, i) => {
    const { type, ...payload } = item.event;
    params.push(
      workshopId,
      afterSeq + i + 1,
      item.at,
      JSON.stringify(item.actor),
      type,
      JSON.stringify(payload),
      item.opId,
      actorKey(item.actor),
      item.opHash ?? null,
    );
    const p = i * 9;
    return `(${Array.from({ length: 9 }, (_, k) => `$${p + k + 1}`).join(', ')})`;
  });
  await tx.query(
    `insert into events (workshop_id, seq, at, actor, type, payload, op_id, actor_key, op_hash) values ${rows.join(', ')}`,
    params,
  );
}

/** Locks the workshop's head row for this transaction and returns its last seq. */
export async function lockHead(tx: Queryable, workshopId: string): Promise<number> {
  const head = await tx.query<{ last_seq: number }>('select last_seq from workshops where id = $1 for update', [
    workshopId,
  ]);
  const lastSeq = head.rows[0]?.last_seq;
  if (lastSeq === undefined) throw new Error(`unknown workshop ${workshopId}`);
  return lastSeq;
}
