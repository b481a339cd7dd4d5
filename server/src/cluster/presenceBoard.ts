import type { Presence } from '@kafe/shared/protocol';
import type { PresenceRows } from '../store/presenceRows.js';

/**
 * Who is connected to a workshop, counted across every process that serves it. One process (PGlite, or PostgreSQL
 * alone) counts its own sockets; on a shared PostgreSQL each process writes its counts to the presence table and
 * reads the totals of the processes alive.
 */
export interface PresenceBoard {
  /** This process's own counts changed: store them, and answer the totals. */
  report(workshopId: string, local: Presence): Promise<Presence>;
  /** The totals, given this process's own counts (already reported). */
  totals(workshopId: string, local: Presence): Promise<Presence>;
}

/** The table board also keeps this process's rows alive (cluster.ts calls it at every heartbeat). */
export interface TableBoard extends PresenceBoard {
  heartbeat(forgetS: number): Promise<void>;
}

/** One process: its own sockets are everyone. */
export const localBoard: PresenceBoard = {
  report: (_w, local) => Promise.resolve(local),
  totals: (_w, local) => Promise.resolve(local),
};

/** A process's rows count while refreshed within this many seconds (the heartbeat refreshes them every few). */
export const PRESENCE_LIVE_S = 15;

/** The presence table, for processes on a shared PostgreSQL. */
export function tableBoard(rows: PresenceRows, processId: string): TableBoard {
  // What this process last reported per workshop: the heartbeat writes it again.
  const mine = new Map<string, Presence>();
  // Writes take turns, so a beat's older copy can never land after a newer report (a row deleted at 0 coming back).
  let writing: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(write: () => Promise<T>): Promise<T> => {
    const next = writing.then(write, write);
    writing = next.catch(() => undefined);
    return next;
  };
  return {
    async report(workshopId, local) {
      const nobody = local.hostsOnline.length === 0 && local.screens === 0 && local.participants === 0;
      if (nobody) mine.delete(workshopId);
      else mine.set(workshopId, local);
      await inTurn(() => rows.write(processId, workshopId, local));
      return rows.totals(workshopId, PRESENCE_LIVE_S);
    },
    totals: (workshopId) => rows.totals(workshopId, PRESENCE_LIVE_S),
    heartbeat: (forgetS) => inTurn(() => rows.heartbeat(processId, mine, forgetS)),
  };
}
