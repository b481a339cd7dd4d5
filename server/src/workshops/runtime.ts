import type { Decision } from '@kafe/shared/decide/result';
import type { Actor, StoredEvent } from '@kafe/shared/events';
import type { CommandResult } from '@kafe/shared/protocol';
import { apply, applyAll, emptyState, type WorkshopState } from '@kafe/shared/reducer';
import type { EventStore } from '../store/eventStore.js';

export interface Appended {
  seq: number;
  duplicate: boolean;
}

/**
 * One workshop in memory: its log and reduced state, kept in step with the store. Commands run one at a time, so each
 * decision sees every event before it; the store's row lock guards the same order in the database.
 */
export class WorkshopRuntime {
  private queue: Promise<unknown> = Promise.resolve();
  private constructor(
    readonly id: string,
    private readonly store: EventStore,
    private readonly events: StoredEvent[],
    private current: WorkshopState,
    private readonly opSeqs: Map<string, number>,
    private readonly onAppend: (runtime: WorkshopRuntime, event: StoredEvent, before: WorkshopState) => void,
  ) {}

  static async load(id: string, store: EventStore, onAppend: WorkshopRuntime['onAppend']): Promise<WorkshopRuntime> {
    const events = await store.readSince(id, 0);
    return new WorkshopRuntime(id, store, events, applyAll(emptyState(), events), await store.opIds(id), onAppend);
  }

  get state(): WorkshopState {
    return this.current;
  }

  get lastSeq(): number {
    return this.current.seq;
  }

  /** Events after `seq`, in order. */
  since(seq: number): StoredEvent[] {
    // seq n sits at index n-1: the log has no gaps.
    return this.events.slice(Math.max(0, seq));
  }

  /**
   * Decides and appends one command. A replayed opId answers with the original seq and changes nothing; a refused
   * command appends nothing. Acknowledged only after the store has committed.
   */
  run(opId: string, actor: Actor, decide: (state: WorkshopState, now: number) => Decision, now: () => number): Promise<CommandResult<Appended>> {
    const task = this.queue.then(async (): Promise<CommandResult<Appended>> => {
      const seen = this.opSeqs.get(opId);
      if (seen !== undefined) return { ok: true, data: { seq: seen, duplicate: true } };
      const at = now();
      const decision = decide(this.current, at);
      if (!decision.ok) return decision;
      const { event, duplicate } = await this.store.append(this.id, opId, actor, decision.event, at);
      if (!duplicate) this.accept(event);
      this.opSeqs.set(opId, event.seq);
      return { ok: true, data: { seq: event.seq, duplicate } };
    });
    this.queue = task.catch(() => undefined);
    return task;
  }

  private accept(event: StoredEvent): void {
    const before = this.current;
    this.events.push(event);
    this.current = apply(before, event);
    this.onAppend(this, event, before);
  }
}
