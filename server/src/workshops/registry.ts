import type { StoredEvent } from '@kafe/shared/events';
import type { WorkshopState } from '@kafe/shared/state';
import type { EventStore } from '../store/eventStore.js';
import type { WorkshopRows } from '../store/workshopRows.js';
import { WorkshopRuntime } from './runtime.js';

export type AppendListener = (runtime: WorkshopRuntime, event: StoredEvent, before: WorkshopState) => void;

/** Loads each workshop's runtime once, on first use, and hands out the same one after. */
export class WorkshopRegistry {
  private readonly loading = new Map<string, Promise<WorkshopRuntime>>();
  private readonly listeners: AppendListener[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly workshops: Pick<WorkshopRows, 'exists'>,
  ) {}

  onAppend(listener: AppendListener): void {
    this.listeners.push(listener);
  }

  /** Each listener on its own: one that throws (a bug in themes, say) must not stop the broadcast or the acks. */
  private notify(runtime: WorkshopRuntime, event: StoredEvent, before: WorkshopState): void {
    for (const listener of this.listeners) {
      try {
        listener(runtime, event, before);
      } catch (err) {
        console.error(`a listener failed on event ${event.seq} of workshop ${runtime.id}:`, err);
      }
    }
  }

  /** Forgets a runtime that can no longer be trusted; the next get() loads the workshop from the store again. */
  private evict(runtime: WorkshopRuntime): void {
    void this.loading.get(runtime.id)?.then((current) => {
      if (current === runtime) this.loading.delete(runtime.id);
    });
  }

  /** The workshop's runtime, or null when no such workshop exists. */
  async get(id: string): Promise<WorkshopRuntime | null> {
    let pending = this.loading.get(id);
    if (!pending) {
      if (!(await this.workshops.exists(id))) return null;
      pending = this.loading.get(id) ?? WorkshopRuntime.load(id, this.store, (rt, e, before) => this.notify(rt, e, before), (rt) => this.evict(rt));
      this.loading.set(id, pending);
      pending.catch(() => this.loading.delete(id));
    }
    return pending;
  }
}
