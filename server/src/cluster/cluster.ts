import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { tailOfNotice, type LogTail } from '../store/eventStore.js';
import { NOTICE_CHANNEL, notify, parseNotice, type Notice } from '../store/notices.js';
import type { Listening } from '../store/pgListener.js';
import { PresenceRows } from '../store/presenceRows.js';
import { localBoard, tableBoard, type PresenceBoard } from './presenceBoard.js';

/** What a process does about what the others tell it (app.ts wires these to the registry and the realtime layer). */
export interface ClusterHandlers {
  /** Another process appended to a workshop up to `seq`, with the rows when the notice carried them. */
  appended(workshopId: string, seq: number, tail: LogTail | null): void;
  /** Notices may have been missed while not listening: every workshop in memory looks at the store. */
  resync(): void;
  deleted(workshopId: string): void;
  revoked(workshopId: string, target: Extract<Notice, { t: 'revoked' }>['target']): void;
  /** Presence changed elsewhere (a workshop), or the heartbeat ticked (null): facilitators here read the totals again. */
  presence(workshopId: string | null): void;
}

/** Messages this process sends to the others (their `from` is filled in). */
export type Announcement =
  | { t: 'deleted'; w: string }
  | { t: 'revoked'; w: string; target: Extract<Notice, { t: 'revoked' }>['target'] }
  | { t: 'presence'; w: string };

/** How often a process refreshes its presence rows (and facilitators re-read the totals, so a dead process drops out). */
const HEARTBEAT_MS = 5_000;
/** Rows of a process not seen for this long are deleted by whoever notices. */
const FORGET_S = 120;

/**
 * This process among the others on one PostgreSQL: it hears their notices (appends, deletions, replaced links,
 * presence), tells them its own, and keeps its presence rows alive. With PGlite there are no others: nothing is sent
 * or heard and presence is this process's own.
 */
export class Cluster {
  readonly processId = randomUUID();
  readonly presence: PresenceBoard;
  private readonly listening: Listening | null;
  private readonly rows: PresenceRows | null;
  private readonly heartbeat: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly db: Db,
    handlers: ClusterHandlers,
  ) {
    if (!db.listen) {
      this.presence = localBoard;
      this.listening = null;
      this.rows = null;
      return;
    }
    const rows = new PresenceRows(db);
    this.rows = rows;
    const board = tableBoard(rows, this.processId);
    // After close (a presence timer firing as the app shuts down), counts stay local: the pool is gone.
    this.presence = {
      report: (w, local) => (this.closed ? Promise.resolve(local) : board.report(w, local)),
      totals: (w, local) => (this.closed ? Promise.resolve(local) : board.totals(w, local)),
    };
    this.listening = db.listen(NOTICE_CHANNEL, {
      message: (payload) => this.hear(parseNotice(payload), handlers),
      connected: () => handlers.resync(),
    });
    this.heartbeat = setInterval(() => {
      board
        .heartbeat(FORGET_S)
        .then(() => handlers.presence(null))
        .catch((err: unknown) => console.error('[cluster] presence heartbeat failed:', err));
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Whether other processes may share this database (PostgreSQL). */
  get shared(): boolean {
    return this.listening !== null;
  }

  /** Tells the other processes; a lost notice is logged (presence heals at the next heartbeat, pages reconnect). */
  announce(message: Announcement): void {
    if (!this.shared || this.closed) return;
    notify(this.db, { ...message, from: this.processId }).catch((err: unknown) =>
      console.error(`[cluster] could not announce ${message.t}:`, err),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.heartbeat);
    await this.listening?.close();
    await this.rows?.forget(this.processId).catch(() => undefined);
  }

  private hear(notice: Notice | null, handlers: ClusterHandlers): void {
    if (!notice) return;
    if (notice.t === 'append') {
      handlers.appended(notice.w, notice.seq, notice.rows ? tailOfNotice(notice.rows) : null);
      return;
    }
    if (notice.from === this.processId) return; // handled here already, as it happened
    switch (notice.t) {
      case 'deleted':
        handlers.deleted(notice.w);
        return;
      case 'revoked':
        handlers.revoked(notice.w, notice.target);
        return;
      case 'presence':
        handlers.presence(notice.w);
        return;
      default:
        notice satisfies never;
    }
  }
}
