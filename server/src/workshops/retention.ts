import { dateInZone } from '@kafe/shared/time';
import type { AppContext } from '../context.js';

/** How many days after its date a workshop is kept when RETENTION_DAYS is not set. */
export const DEFAULT_RETENTION_DAYS = 180;
const DAY_MS = 24 * 60 * 60_000;

/** 'YYYY-MM-DD' plus `days` calendar days. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The day a workshop is deleted on: `days` after its date, or after the day it arrived here (created or imported)
 * when that is later, so an old workshop imported today is not deleted tonight. Days in the workshop's time zone.
 */
export function deletionDate(
  w: { date: string | null; createdAt: number; timeZone: string | null },
  days: number,
): string {
  const arrived = dateInZone(w.createdAt, w.timeZone ?? 'UTC');
  const from = w.date && /^\d{4}-\d{2}-\d{2}$/.test(w.date) && w.date > arrived ? w.date : arrived;
  return addDays(from, days);
}

/**
 * Deletes every workshop whose deletion date has come: once when the server starts, then once a day (a timer that
 * never keeps the process alive). A workshop with pages connected is skipped until nobody is. Each deletion goes
 * through ctx.deleteWorkshop, so nothing of it is left behind.
 */
export class RetentionSweep {
  private readonly timer: NodeJS.Timeout;
  private running: Promise<string[]> | null = null;

  constructor(private readonly ctx: AppContext) {
    this.timer = setInterval(() => void this.run(), DAY_MS);
    this.timer.unref();
    void this.run();
  }

  /** One sweep (a second call while one runs waits for it); answers the ids it deleted. */
  run(): Promise<string[]> {
    this.running ??= this.sweep()
      .catch((err: unknown) => {
        console.error('the retention sweep failed:', err);
        return [];
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  close(): void {
    clearInterval(this.timer);
  }

  private async sweep(): Promise<string[]> {
    const now = this.ctx.now();
    const deleted: string[] = [];
    for (const w of await this.ctx.workshops.datesOfAll()) {
      const today = dateInZone(now, w.timeZone ?? 'UTC');
      if (today < deletionDate(w, this.ctx.retentionDays)) continue;
      // In use right now (a rehearsal run on another day, a workshop reused): never pulled from under its open pages;
      // a later sweep deletes it once nobody is connected.
      if (this.ctx.registry.inUse(w.id)) continue;
      if (await this.ctx.deleteWorkshop(w.id)) {
        deleted.push(w.id);
        console.log(
          `retention: deleted workshop ${w.id} (dated ${w.date ?? 'without a date'}, kept ${this.ctx.retentionDays} days)`,
        );
      }
    }
    return deleted;
  }
}
