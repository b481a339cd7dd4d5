import type { Presence } from '@kafe/shared/protocol';
import type { Db } from './db.js';

/** The presence table: each process's own count of who is connected to each workshop (see cluster/presence.ts). */
export class PresenceRows {
  constructor(private readonly db: Db) {}

  /** This process's counts for a workshop; a workshop nobody is connected to here has no row. */
  async write(processId: string, workshopId: string, p: Presence): Promise<void> {
    if (p.hostsOnline.length === 0 && p.screens === 0 && p.participants === 0) {
      await this.db.query('delete from presence where process_id = $1 and workshop_id = $2', [processId, workshopId]);
      return;
    }
    await this.db.query(
      `insert into presence (process_id, workshop_id, hosts, screens, participants) values ($1, $2, $3, $4, $5)
       on conflict (process_id, workshop_id) do update
         set hosts = excluded.hosts, screens = excluded.screens, participants = excluded.participants, seen_at = now()`,
      [processId, workshopId, p.hostsOnline, p.screens, p.participants],
    );
  }

  /**
   * Keeps this process's rows alive: writes its counts again (not only the time), so a row another process removed
   * while this one stalled past `forgetS` comes back at the next beat. Then removes rows of processes gone longer
   * than `forgetS` seconds.
   */
  async heartbeat(processId: string, mine: ReadonlyMap<string, Presence>, forgetS: number): Promise<void> {
    for (const [workshopId, p] of mine) await this.write(processId, workshopId, p);
    await this.db.query('delete from presence where seen_at < now() - make_interval(secs => $1)', [forgetS]);
  }

  /** Totals across the processes seen within `liveS` seconds. */
  async totals(workshopId: string, liveS: number): Promise<Presence> {
    const res = await this.db.query<{ hosts: number[] | null; screens: string | null; participants: string | null }>(
      `select (select array_agg(distinct h order by h) from presence p2, unnest(p2.hosts) h
                where p2.workshop_id = $1 and p2.seen_at >= now() - make_interval(secs => $2)) as hosts,
              sum(screens) as screens, sum(participants) as participants
         from presence where workshop_id = $1 and seen_at >= now() - make_interval(secs => $2)`,
      [workshopId, liveS],
    );
    const row = res.rows[0];
    return {
      hostsOnline: row?.hosts ?? [],
      screens: Number(row?.screens ?? 0),
      participants: Number(row?.participants ?? 0),
    };
  }

  /** A process shutting down takes its rows with it (a killed one's expire). */
  async forget(processId: string): Promise<void> {
    await this.db.query('delete from presence where process_id = $1', [processId]);
  }
}
