import type { StoredEvent } from '@kafe/shared/events';
import type { WorkshopState } from '@kafe/shared/state';
import type { EventStore, LogTail } from '../store/eventStore.js';
import type { WorkshopRows } from '../store/workshopRows.js';
import { IdleWorkshops } from './idleWorkshops.js';
import { WorkshopRuntime } from './runtime.js';

export type AppendListener = (runtime: WorkshopRuntime, event: StoredEvent, before: WorkshopState) => void;
/** A workshop left memory: whatever was kept per workshop beside its runtime (broadcast cursors, themes) goes too. */
export type EvictListener = (workshopId: string) => void;

/** A workshop nobody has used for this long leaves memory (and is loaded again from the store on demand). */
export const DEFAULT_IDLE_MS = 10 * 60_000;

export interface RegistryOptions {
  idleMs?: number;
  now?: () => number;
}

/**
 * Loads each workshop's runtime on first use and hands out the same one after, as long as it is used: one with no
 * socket for `idleMs` (checked when a socket leaves and by a sweep) is let go once no command is in flight.
 */
export class WorkshopRegistry {
  private readonly loading = new Map<string, Promise<WorkshopRuntime>>();
  private readonly loaded = new Map<string, WorkshopRuntime>();
  private readonly appendListeners: AppendListener[] = [];
  private readonly evictListeners: EvictListener[] = [];
  private readonly idle: IdleWorkshops;
  private readonly idleMs: number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly store: EventStore,
    private readonly workshops: Pick<WorkshopRows, 'exists'>,
    options: RegistryOptions = {},
  ) {
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.idle = new IdleWorkshops(options.now ?? Date.now);
    // Never keeps the process alive; a tenth of the idle time (at most a minute) late at worst.
    this.sweeper = setInterval(() => this.sweep(), Math.min(60_000, Math.max(10, this.idleMs / 10)));
    this.sweeper.unref();
  }

  onAppend(listener: AppendListener): void {
    this.appendListeners.push(listener);
  }

  onEvict(listener: EvictListener): void {
    this.evictListeners.push(listener);
  }

  socketConnected(workshopId: string): void {
    this.idle.connected(workshopId);
  }

  socketDisconnected(workshopId: string): void {
    this.idle.disconnected(workshopId);
    this.sweep();
  }

  /** Whether a page is connected to the workshop right now. */
  inUse(workshopId: string): boolean {
    return this.idle.inUse(workshopId);
  }

  isLoaded(workshopId: string): boolean {
    return this.loaded.has(workshopId);
  }

  loadedCount(): number {
    return this.loaded.size;
  }

  /** The workshop's runtime, or null when no such workshop exists. */
  async get(id: string): Promise<WorkshopRuntime | null> {
    let pending = this.loading.get(id);
    if (!pending) {
      if (!(await this.workshops.exists(id))) return null;
      pending = this.loading.get(id) ?? this.load(id);
    }
    this.idle.touched(id);
    return pending;
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  /**
   * Another process appended to a workshop up to `seq` (store/notices.ts): its runtime here, if any, fetches what it
   * misses. One that broke while pages are open here is loaded again, so those pages keep hearing.
   */
  follow(id: string, seq?: number, tail: LogTail | null = null): void {
    const runtime = this.loaded.get(id);
    if (runtime) {
      runtime.follow(seq, tail);
      return;
    }
    const pending = this.loading.get(id) ?? (this.idle.inUse(id) ? this.get(id) : null);
    pending?.then(
      (rt) => rt?.follow(seq, tail),
      (err: unknown) => console.error(`could not load workshop ${id} to follow it:`, err),
    );
  }

  /** Notices may have been missed (the notice connection was down): every workshop in memory looks at the store. */
  followAll(): void {
    for (const id of new Set([...this.loaded.keys(), ...this.loading.keys()])) this.follow(id);
  }

  /**
   * Lets go of a workshop that was deleted, at once, in flight or not: its runtime refuses what comes next, and the
   * evict listeners drop what they kept of it (broadcast cursors, themes).
   */
  deleted(id: string): void {
    const runtime = this.loaded.get(id);
    this.loading.delete(id);
    this.loaded.delete(id);
    this.idle.forget(id);
    runtime?.evict();
    this.each(this.evictListeners, (l) => l(id), `deleting workshop ${id}`);
  }

  private load(id: string): Promise<WorkshopRuntime> {
    const pending = WorkshopRuntime.load(
      id,
      this.store,
      (rt, e, before) => this.notify(rt, e, before),
      (rt) => this.forgetBroken(rt),
    );
    this.loading.set(id, pending);
    pending.then(
      (runtime) => {
        if (this.loading.get(id) === pending) this.loaded.set(id, runtime);
      },
      () => this.loading.delete(id),
    );
    return pending;
  }

  /** Lets go of every workshop idle long enough whose runtime has nothing in flight (the others wait for a later sweep). */
  private sweep(): void {
    for (const id of this.idle.idleFor(this.idleMs)) {
      const runtime = this.loaded.get(id);
      if (!runtime) {
        if (!this.loading.has(id)) this.idle.forget(id);
        continue;
      }
      if (!runtime.idle) continue;
      this.loading.delete(id);
      this.loaded.delete(id);
      this.idle.forget(id);
      runtime.evict();
      this.each(this.evictListeners, (l) => l(id), `letting go of workshop ${id}`);
    }
  }

  /** Each listener on its own: one that throws (a bug in themes, say) must not stop the broadcast or the acks. */
  private notify(runtime: WorkshopRuntime, event: StoredEvent, before: WorkshopState): void {
    this.each(this.appendListeners, (l) => l(runtime, event, before), `event ${event.seq} of workshop ${runtime.id}`);
  }

  private each<L>(listeners: readonly L[], call: (listener: L) => void, what: string): void {
    for (const listener of listeners) {
      try {
        call(listener);
      } catch (err) {
        console.error(`a listener failed on ${what}:`, err);
      }
    }
  }

  /** Forgets a runtime that can no longer be trusted; the next get() loads the workshop from the store again. */
  private forgetBroken(runtime: WorkshopRuntime): void {
    if (this.loaded.get(runtime.id) !== runtime) return;
    this.loaded.delete(runtime.id);
    this.loading.delete(runtime.id);
  }
}
