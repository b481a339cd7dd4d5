import { join } from 'node:path';
import { isGone, type Fsync } from './fsync.js';

export interface WalSyncOptions {
  /** `<dataDir>/pg_wal`. */
  walDir: string;
  /** The 8 hex digits that start every segment name (the timeline; fixed while the database runs). */
  timeline: string;
  /** wal_segment_size in bytes. */
  segmentSize: bigint;
  /** PostgreSQL's WAL flush position, in bytes from the start of the WAL: everything before it has been written. */
  flushedLsn: () => Promise<bigint>;
  /** The position up to which the WAL is already on stable storage when this starts. */
  syncedLsn: bigint;
  /** Settles once everything up to `syncedLsn` is on stable storage; no round claims anything before that. */
  durableStart?: Promise<void>;
  fsync: Fsync;
}

/**
 * Makes the WAL PostgreSQL has written durable. PGlite runs PostgreSQL with fsync=off and its filesystem layer makes
 * fsync a no-op anyway, so a commit's WAL reaches only the page cache; `flush()` fsyncs the segment files that WAL went
 * to. Rounds are serialised: callers that arrive while a round runs share the next one, which reads the WAL position
 * again after they committed, so two commits finishing together cost one fsync, not two.
 */
export class WalSync {
  private synced: bigint;
  private newestSegment: bigint;
  private running: Promise<void> | undefined;
  private next: Promise<void> | undefined;
  private failure: Error | undefined;
  /** Set whenever a round found new WAL; the data directory sweep reads and clears it. */
  wrote = false;

  constructor(private readonly opts: WalSyncOptions) {
    this.synced = opts.syncedLsn;
    this.newestSegment = this.segmentOf(opts.syncedLsn);
  }

  /** Resolves once every WAL byte written before this call is on stable storage; rejects if that cannot be done. */
  flush(): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    // A round under way may have read the WAL position before our commit, so we need the one after it.
    if (this.next) return this.next;
    if (!this.running) return this.start();
    const after = (): Promise<void> => {
      this.next = undefined;
      return this.start();
    };
    this.next = this.running.then(after, after);
    return this.next;
  }

  /**
   * After a failed fsync the kernel may have dropped the dirty pages and a retry can falsely succeed, so, as PostgreSQL
   * itself would (it panics), no later flush claims success: every one rejects until the process restarts.
   */
  fail(err: unknown): void {
    this.failure ??= err instanceof Error ? err : new Error(String(err));
  }

  /** Waits for the rounds under way, so the database can be closed under none. */
  async idle(): Promise<void> {
    await (this.next ?? this.running)?.catch(() => undefined);
  }

  private start(): Promise<void> {
    const round = this.round();
    this.running = round;
    const done = (): void => {
      if (this.running === round) this.running = undefined;
    };
    round.then(done, done);
    return round;
  }

  private async round(): Promise<void> {
    try {
      if (this.failure !== undefined) throw this.failure;
      await this.opts.durableStart;
      const lsn = await this.opts.flushedLsn();
      if (lsn <= this.synced) return;
      const first = this.segmentOf(this.synced);
      const last = this.segmentOf(lsn - 1n);
      const syncs: Promise<void>[] = [];
      for (let s = first; s <= last; s++) syncs.push(this.syncSegment(s, s === last));
      await Promise.all(syncs);
      // The segment is new to us: PostgreSQL created or recycled it by a rename, which only the directory's fsync keeps.
      if (last > this.newestSegment) await this.opts.fsync(this.opts.walDir, true);
      this.newestSegment = last > this.newestSegment ? last : this.newestSegment;
      this.synced = lsn > this.synced ? lsn : this.synced;
      this.wrote = true;
    } catch (err) {
      this.fail(err);
      throw err;
    }
  }

  private async syncSegment(segment: bigint, holdsNewest: boolean): Promise<void> {
    try {
      await this.opts.fsync(join(this.opts.walDir, this.segmentName(segment)), false);
    } catch (err) {
      // An older segment a checkpoint has already removed needs no flush; the one holding the newest WAL must exist.
      if (holdsNewest || !isGone(err)) throw err;
    }
  }

  private segmentOf(lsn: bigint): bigint {
    return lsn / this.opts.segmentSize;
  }

  /** PostgreSQL's XLogFileName: timeline, then the segment number split into "log" and "seg" halves, 8 hex digits each. */
  segmentName(segment: bigint): string {
    const perLog = 0x1_0000_0000n / this.opts.segmentSize;
    const hex = (n: bigint): string => n.toString(16).toUpperCase().padStart(8, '0');
    return `${this.opts.timeline}${hex(segment / perLog)}${hex(segment % perLog)}`;
  }
}
