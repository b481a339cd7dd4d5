import type { StoredEvent } from '@kafe/shared/events';
import type { WorkshopState } from '@kafe/shared/reducer';
import type { EventStore } from '../store/eventStore.js';
import type { WorkshopRepository } from './repository.js';
import { WorkshopRuntime } from './runtime.js';

export type AppendListener = (runtime: WorkshopRuntime, event: StoredEvent, before: WorkshopState) => void;

/** Loads each workshop's runtime once, on first use, and hands out the same one after. */
export class WorkshopRegistry {
  private readonly loading = new Map<string, Promise<WorkshopRuntime>>();
  private readonly listeners: AppendListener[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly repo: WorkshopRepository,
  ) {}

  onAppend(listener: AppendListener): void {
    this.listeners.push(listener);
  }

  /** The workshop's runtime, or null when no such workshop exists. */
  async get(id: string): Promise<WorkshopRuntime | null> {
    let pending = this.loading.get(id);
    if (!pending) {
      if (!(await this.repo.exists(id))) return null;
      pending = this.loading.get(id) ?? WorkshopRuntime.load(id, this.store, (rt, e, before) => this.listeners.forEach((l) => l(rt, e, before)));
      this.loading.set(id, pending);
      pending.catch(() => this.loading.delete(id));
    }
    return pending;
  }
}
