import { z } from 'zod';
import type { Queryable } from './db.js';

/**
 * What one server process tells the others on one PostgreSQL (LISTEN/NOTIFY on `NOTICE_CHANNEL`). Appends are
 * announced inside their own transaction, so a notice is delivered only once its rows are committed and readable.
 * The rest come from the process where they happened (`from`), which has already handled them itself.
 */
export const NOTICE_CHANNEL = 'kafedialog';

const id = z.string().min(1).max(100);
export const noticeSchema = z.discriminatedUnion('t', [
  /**
   * A workshop's log reached `seq`. `rows`: the appended rows themselves when they fit in a notice (PostgreSQL takes
   * 8,000 bytes), so followers apply them without reading the store; otherwise followers fetch what they miss.
   */
  z.object({
    t: z.literal('append'),
    w: id,
    seq: z.number().int().nonnegative(),
    rows: z.array(z.unknown()).optional(),
  }),
  /** A workshop was deleted: its runtime and open pages go everywhere. */
  z.object({ t: z.literal('deleted'), w: id, from: id }),
  /** A link was replaced: its open pages go everywhere. */
  z.object({
    t: z.literal('revoked'),
    w: id,
    from: id,
    target: z.discriminatedUnion('role', [
      z.object({ role: z.enum(['facilitator', 'screen']) }),
      z.object({ role: z.literal('host'), table: z.number().int().positive() }),
    ]),
  }),
  /** Who is connected to a workshop changed on one process: facilitators elsewhere read the totals again. */
  z.object({ t: z.literal('presence'), w: id, from: id }),
]);
export type Notice = z.infer<typeof noticeSchema>;

/** A notice's payload, or null for one this version does not know (a newer process in a rolling restart). */
export function parseNotice(payload: string | undefined): Notice | null {
  try {
    const parsed = noticeSchema.safeParse(JSON.parse(payload ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Room left in a notice's payload for the appended rows (PostgreSQL's limit is 8,000 bytes). */
export const NOTICE_ROWS_BYTES = 7000;

/** Sends a notice; inside a transaction it goes out only if and when that transaction commits. */
export async function notify(q: Queryable, notice: Notice): Promise<void> {
  await q.query('select pg_notify($1, $2)', [NOTICE_CHANNEL, JSON.stringify(notice)]);
}
