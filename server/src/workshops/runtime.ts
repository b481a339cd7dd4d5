import type { Decision } from '@kafe/shared/decide/result';
import type { Actor, StoredEvent } from '@kafe/shared/events';
import type { CommandResult } from '@kafe/shared/protocol';
import { apply, applyAll, emptyState, type WorkshopState } from '@kafe/shared/reducer';
import type { EventStore, NewEvent } from '../store/eventStore.js';

export interface Appended {
  seq: number;
  duplicate: boolean;
}

interface Pending {
  opId: string;
  actor: Actor;
  decide: (state: WorkshopState, now: number) => Decision;
  now: () => number;
  resolve: (result: CommandResult<Appended>) => void;
  reject: (err: unknown) => void;
}

/** Most commands a single commit takes; keeps one transaction short even when a whole room acts at once. */
const MAX_BATCH = 200;

/**
 * One workshop in memory: its log and reduced state, kept in step with the store. Commands are decided one at a time,
 * each against every event before it, and committed in groups: whatever queued up while the previous commit ran goes
 * into the next one. Acks go out only after their commit.
 */
export class WorkshopRuntime {
  private readonly queue: Pending[] = [];
  private draining = false;
  /** Set when a commit failed in a way that leaves memory and store possibly apart: this runtime takes no more commands. */
  private broken = false;

  private constructor(
    readonly id: string,
    private readonly store: EventStore,
    private readonly events: StoredEvent[],
    private current: WorkshopState,
    private readonly opSeqs: Map<string, number>,
    private readonly onAppend: (runtime: WorkshopRuntime, event: StoredEvent, before: WorkshopState) => void,
    private readonly onBroken: (runtime: WorkshopRuntime) => void,
  ) {}

  static async load(id: string, store: EventStore, onAppend: WorkshopRuntime['onAppend'], onBroken: WorkshopRuntime['onBroken']): Promise<WorkshopRuntime> {
    const events = await store.readSince(id, 0);
    return new WorkshopRuntime(id, store, events, applyAll(emptyState(), events), await store.opIds(id), onAppend, onBroken);
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
   * command appends nothing.
   */
  run(opId: string, actor: Actor, decide: Pending['decide'], now: () => number = Date.now): Promise<CommandResult<Appended>> {
    if (this.broken) return Promise.resolve({ ok: false, error: { code: 'internal', message: 'the server is reloading this workshop; try again' } });
    return new Promise((resolve, reject) => {
      this.queue.push({ opId, actor, decide, now, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) await this.commitBatch(this.queue.splice(0, MAX_BATCH));
    } finally {
      this.draining = false;
    }
  }

  private async commitBatch(batch: Pending[]): Promise<void> {
    // Decide each command against the state as it will be after the ones before it in this batch.
    let working = this.current;
    const accepted: { item: NewEvent; pending: Pending }[] = [];
    const inBatch = new Map<string, number>();
    for (const p of batch) {
      const seen = this.opSeqs.get(p.opId) ?? inBatch.get(p.opId);
      if (seen !== undefined) {
        p.resolve({ ok: true, data: { seq: seen, duplicate: true } });
        continue;
      }
      const at = p.now();
      let decision: Decision;
      try {
        decision = p.decide(working, at);
      } catch (err) {
        p.reject(err);
        continue;
      }
      if (!decision.ok) {
        p.resolve(decision);
        continue;
      }
      const seq = working.seq + 1;
      working = apply(working, { seq, at, actor: p.actor, event: decision.event });
      inBatch.set(p.opId, seq);
      accepted.push({ item: { opId: p.opId, actor: p.actor, event: decision.event, at }, pending: p });
    }
    if (accepted.length === 0) return;
    let stored: StoredEvent[];
    try {
      stored = await this.store.appendBatch(this.id, this.current.seq, accepted.map((a) => a.item));
    } catch (err) {
      // The commit may or may not have landed (a connection lost at COMMIT): memory can no longer be trusted. Refuse
      // this batch and everything queued, and let the registry load the workshop afresh from the store; the clients'
      // retries carry the same opIds, so nothing is lost or doubled.
      this.broken = true;
      accepted.forEach((a) => a.pending.reject(err));
      this.queue.splice(0).forEach((p) => p.reject(err));
      this.onBroken(this);
      return;
    }
    for (const event of stored) this.accept(event);
    accepted.forEach((a, i) => {
      const seq = stored[i]?.seq ?? 0;
      this.opSeqs.set(a.item.opId, seq);
      a.pending.resolve({ ok: true, data: { seq, duplicate: false } });
    });
  }

  private accept(event: StoredEvent): void {
    const before = this.current;
    this.events.push(event);
    this.current = apply(before, event);
    this.onAppend(this, event, before);
  }
}
