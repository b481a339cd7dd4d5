import type { Decision } from '@kafe/shared/decide/result';
import { storedEventSchema, type Actor, type StoredEvent } from '@kafe/shared/events';
import type { CommandResult } from '@kafe/shared/protocol';
import { apply, applyAll, emptyState } from '@kafe/shared/reducer';
import type { WorkshopState } from '@kafe/shared/state';
import { isDataError } from '../store/dataError.js';
import { opKey, type EventStore, type LogTail, type NewEvent, type OpRecord } from '../store/eventStore.js';
import { isUniqueViolation, StaleHead } from '../store/staleHead.js';

export interface Appended {
  seq: number;
  duplicate: boolean;
}

/** One command waiting for its turn. `fingerprint` names the command and payload (null for the server's own). */
interface Pending {
  opId: string;
  actor: Actor;
  fingerprint: string | null;
  decide: (state: WorkshopState, now: number) => Decision;
  now: () => number;
  /** What must land with the command's event or not at all (see NewEvent.writeWith): a photo's bytes. */
  writeWith?: NewEvent['writeWith'];
  resolve: (result: CommandResult<Appended>) => void;
  reject: (err: unknown) => void;
}

/** A command accepted into a group commit, with any replays of its opId that arrived in the same batch. */
interface Accepted {
  item: NewEvent;
  pending: Pending;
  replays: Pending[];
}

/** Most commands a single commit takes; keeps one transaction short even when a whole room acts at once. */
const MAX_BATCH = 200;

/**
 * How often one batch may find the log moved by another process and be decided again. Each retry follows a commit
 * that landed, so this is only reached when other processes keep winning the row lock; past it the batch is refused
 * as retryable (the clients' outboxes send it again).
 */
const MAX_STALE_RETRIES = 50;

const refusal = (code: 'bad_request' | 'conflict' | 'internal', message: string): CommandResult<Appended> => ({
  ok: false,
  error: { code, message },
});

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
  /** Set when the registry let this runtime go (nobody used it for a while): a later use loads a fresh one. */
  private gone = false;
  /** The highest seq another process said it appended (store/notices.ts): above our own, we have events to fetch. */
  private knownHead = 0;
  /** Whether to look in the store for appends we may not have heard of (the notice connection was down). */
  private lookAgain = false;
  /** Events another process's notices carried, by seq, until applied in order (see catchUp). */
  private readonly heard = new Map<number, { event: StoredEvent; op: [string, OpRecord] | undefined }>();
  /** Waiting for the next catch-up to finish (see sync). */
  private synced: (() => void)[] = [];

  private constructor(
    readonly id: string,
    private readonly store: EventStore,
    private readonly events: StoredEvent[],
    private current: WorkshopState,
    private readonly ops: Map<string, OpRecord>,
    private readonly onAppend: (runtime: WorkshopRuntime, event: StoredEvent, before: WorkshopState) => void,
    private readonly onBroken: (runtime: WorkshopRuntime) => void,
  ) {}

  static async load(
    id: string,
    store: EventStore,
    onAppend: WorkshopRuntime['onAppend'],
    onBroken: WorkshopRuntime['onBroken'],
  ): Promise<WorkshopRuntime> {
    const log = await store.readLog(id);
    for (const row of log.unreadable) {
      console.error(
        `WORKSHOP ${id}: stored event ${row.seq} (${row.type}) cannot be read and is set aside; the rest loads. ${row.problem}`,
      );
    }
    return new WorkshopRuntime(
      id,
      store,
      log.events,
      applyAll(emptyState(), log.events),
      await store.opIds(id),
      onAppend,
      onBroken,
    );
  }

  get state(): WorkshopState {
    return this.current;
  }

  get lastSeq(): number {
    return this.current.seq;
  }

  /** No command queued or being committed: memory and store agree, so the registry may let this runtime go. */
  get idle(): boolean {
    return !this.draining && this.queue.length === 0;
  }

  /** Whether the registry has let this runtime go: work started on it before (a theme recompute) is thrown away. */
  get evicted(): boolean {
    return this.gone;
  }

  /** Called by the registry as it lets this runtime go (only when idle); whoever still holds it is refused, and retries. */
  evict(): void {
    this.gone = true;
  }

  /**
   * Another process appended up to `seq` (or, without a seq, may have: our notices were interrupted). The events we
   * miss are fetched from the store and applied in order, between our own group commits, and reach the listeners
   * (broadcast, themes) exactly as our own appends do.
   */
  follow(seq?: number, tail: LogTail | null = null): void {
    if (tail) {
      const ops = new Map(tail.ops.map((op) => [op[1].seq, op]));
      for (const event of tail.events)
        if (event.seq > this.current.seq) this.heard.set(event.seq, { event, op: ops.get(event.seq) });
    }
    if (seq === undefined) this.lookAgain = true;
    else if (seq > this.knownHead) this.knownHead = seq;
    if (this.behind && !this.draining && !this.broken && !this.gone) void this.drain();
  }

  /** Resolves once the store has been read for appends of other processes (a page resuming from a later seq). */
  sync(): Promise<void> {
    if (this.broken || this.gone) return Promise.resolve();
    return new Promise((resolve) => {
      this.synced.push(resolve);
      this.follow();
    });
  }

  private get behind(): boolean {
    return this.lookAgain || this.knownHead > this.current.seq;
  }

  /** Events after `seq`, in order. */
  since(seq: number): StoredEvent[] {
    // seq n sits at index n-1: the log has no gaps (unreadable rows keep their place as placeholders).
    return this.events.slice(Math.max(0, seq));
  }

  /**
   * Decides and appends one command. A replayed (actor, opId) answers with the original seq and changes nothing; the
   * same (actor, opId) with another command is a conflict; a refused command, or one that changes nothing, appends nothing.
   * `writeWith` is written in the transaction of the command's event, only if the command appends one.
   */
  run(
    opId: string,
    actor: Actor,
    decide: Pending['decide'],
    now: () => number = Date.now,
    fingerprint: string | null = null,
    writeWith?: Pending['writeWith'],
  ): Promise<CommandResult<Appended>> {
    if (this.broken || this.gone)
      return Promise.resolve(refusal('internal', 'the server is reloading this workshop; try again'));
    return new Promise((resolve, reject) => {
      this.queue.push({ opId, actor, fingerprint, decide, now, writeWith, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while ((this.queue.length > 0 || this.behind) && !this.broken) {
        if (this.behind) {
          try {
            await this.catchUp();
          } catch (err) {
            console.error(`workshop ${this.id}: could not follow the log:`, err);
            this.breakDown(err);
          }
          continue;
        }
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          await this.commitBatch(batch);
        } catch (err) {
          // A bug while deciding or applying (not a refusal): nobody may be left waiting, and memory may be off.
          // Rejecting a settled promise is a no-op, so the whole batch can be rejected; the workshop reloads.
          console.error(`workshop ${this.id}: a batch failed unexpectedly:`, err);
          batch.forEach((p) => p.reject(err));
          this.breakDown(err);
        }
      }
    } finally {
      this.draining = false;
      // Whoever waited for a catch-up got one (or the runtime broke, and its replacement reads the whole log).
      this.synced.splice(0).forEach((resolve) => resolve());
    }
  }

  /**
   * Reads what other processes appended since our head and applies it in order. The store's log has no gaps (unreadable
   * rows come as placeholders), so anything but head+1 next means memory and store are apart: the workshop reloads.
   */
  private async catchUp(): Promise<void> {
    // What the notices carried first, as far as it runs on without a gap; the store for the rest.
    for (let next = this.heard.get(this.current.seq + 1); next; next = this.heard.get(this.current.seq + 1)) {
      this.heard.delete(next.event.seq);
      if (next.op) this.ops.set(next.op[0], next.op[1]);
      this.accept(next.event);
    }
    for (const seq of this.heard.keys()) if (seq <= this.current.seq) this.heard.delete(seq);
    if (!this.behind) return;
    this.lookAgain = false;
    // Whoever asked to sync before this read is answered by it, not after the whole queue has drained (a page resuming
    // on a busy workshop would wait for every queued command). Who asks during the read sets lookAgain: another read.
    const waiting = this.synced.splice(0);
    try {
      const tail = await this.store.readTail(this.id, this.current.seq);
      for (const row of tail.unreadable) {
        console.error(
          `WORKSHOP ${this.id}: stored event ${row.seq} (${row.type}) cannot be read and is set aside. ${row.problem}`,
        );
      }
      for (const [key, op] of tail.ops) this.ops.set(key, op);
      for (const event of tail.events) {
        if (event.seq !== this.current.seq + 1)
          throw new Error(`the store gave seq ${event.seq} after ${this.current.seq}`);
        this.accept(event);
      }
      // A notice is sent only once its rows are committed, so they were there to read; never spin on one that lied.
      if (this.knownHead > this.current.seq) this.knownHead = this.current.seq;
    } catch (err) {
      // Answered by drain() once the runtime has broken down (its replacement reads the whole log).
      this.synced.unshift(...waiting);
      throw err;
    }
    waiting.forEach((resolve) => resolve());
  }

  /** A replay's answer: the original seq, or a conflict when the opId came with another command. */
  private replayOf(p: Pending, seq: number, fingerprint: string | null): CommandResult<Appended> {
    if (p.fingerprint !== null && fingerprint !== null && p.fingerprint !== fingerprint) {
      return refusal('conflict', 'this opId was used before for another command; make a new one');
    }
    return { ok: true, data: { seq, duplicate: true } };
  }

  private async commitBatch(batch: Pending[], attempt = 0): Promise<void> {
    // Decide each command against the state as it will be after the ones before it in this batch.
    let working = this.current;
    const accepted: Accepted[] = [];
    const inBatch = new Map<string, Accepted>();
    for (const p of batch) {
      const key = opKey(p.actor, p.opId);
      const seen = this.ops.get(key);
      if (seen) {
        p.resolve(this.replayOf(p, seen.seq, seen.opHash));
        continue;
      }
      const twin = inBatch.get(key);
      if (twin) {
        twin.replays.push(p); // answered with the first one's outcome, once it is known
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
      if (decision.event === null) {
        p.resolve({ ok: true, data: { seq: working.seq, duplicate: false } });
        continue;
      }
      const seq = working.seq + 1;
      const stored: StoredEvent = { seq, at, actor: p.actor, event: decision.event };
      // What is appended must load again: an event the stored-event schema refuses would make the workshop unloadable.
      const check = storedEventSchema.safeParse(stored);
      if (!check.success) {
        console.error(
          `workshop ${this.id}: refused to store a ${decision.event.type} the log could not read back:`,
          check.error.issues,
        );
        p.resolve(
          refusal(
            'bad_request',
            `this would store something the workshop could not load again: ${check.error.issues[0]?.message ?? 'invalid'}`,
          ),
        );
        continue;
      }
      working = apply(working, stored);
      const entry: Accepted = {
        item: {
          opId: p.opId,
          actor: p.actor,
          event: decision.event,
          at,
          opHash: p.fingerprint,
          ...(p.writeWith ? { writeWith: p.writeWith } : {}),
        },
        pending: p,
        replays: [],
      };
      inBatch.set(key, entry);
      accepted.push(entry);
    }
    if (accepted.length > 0) await this.commit(accepted, attempt);
  }

  private async commit(accepted: Accepted[], attempt: number): Promise<void> {
    let stored: StoredEvent[];
    try {
      stored = await this.store.appendBatch(
        this.id,
        this.current.seq,
        accepted.map((a) => a.item),
      );
    } catch (err) {
      if (isDataError(err)) return this.isolate(accepted, err);
      if ((err instanceof StaleHead || isUniqueViolation(err)) && attempt < MAX_STALE_RETRIES) {
        // Another process appended since we decided: nothing of ours landed. Catch up (which teaches us any opId it
        // stored, so a replay is answered as one) and decide the same commands again, in the same order. From the
        // store: its notice may not have arrived yet.
        this.lookAgain = true;
        await this.catchUp();
        return this.commitBatch(
          accepted.flatMap((a) => [a.pending, ...a.replays]),
          attempt + 1,
        );
      }
      // The commit may or may not have landed (a connection lost at COMMIT): memory can no longer be trusted. Refuse
      // this batch and everything queued, and let the registry load the workshop afresh from the store; the clients'
      // retries carry the same opIds, so nothing is lost or doubled.
      accepted.forEach((a) => [a.pending, ...a.replays].forEach((p) => p.reject(err)));
      this.breakDown(err);
      return;
    }
    if (stored.length !== accepted.length)
      throw new Error(`the store appended ${stored.length} events of ${accepted.length}`);
    accepted.forEach((a, i) => {
      const event = stored[i];
      if (!event) return; // cannot happen: the lengths were checked above
      this.accept(event);
      this.ops.set(opKey(a.item.actor, a.item.opId), { seq: event.seq, opHash: a.item.opHash ?? null });
      a.pending.resolve({ ok: true, data: { seq: event.seq, duplicate: false } });
      a.replays.forEach((r) => r.resolve(this.replayOf(r, event.seq, a.item.opHash ?? null)));
    });
  }

  /**
   * The store refused a batch for its data (SQLSTATE class 22), so the transaction rolled back and nothing landed:
   * memory and store still agree. A lone command is refused; a batch is committed again one command at a time, so the
   * innocent commands of other sockets that shared the group commit still land. Commands already refused while
   * deciding this batch keep their answer.
   */
  private async isolate(accepted: Accepted[], err: unknown): Promise<void> {
    if (accepted.length === 1 && accepted[0]) {
      const { pending, replays } = accepted[0];
      console.warn(
        `workshop ${this.id}: the store refused a command's data:`,
        err instanceof Error ? err.message : err,
      );
      [pending, ...replays].forEach((p) =>
        p.resolve(refusal('bad_request', 'the server cannot store this text; remove unusual characters and try again')),
      );
      return;
    }
    for (const [i, a] of accepted.entries()) {
      if (this.broken) {
        // A later commit broke the runtime: what is left is answered as the queue was, and retried by its clients.
        accepted.slice(i).forEach((rest) => [rest.pending, ...rest.replays].forEach((p) => p.reject(err)));
        return;
      }
      await this.commitBatch([a.pending, ...a.replays]);
    }
  }

  /** Memory can no longer be trusted: refuse what is queued and let the registry load the workshop afresh. */
  private breakDown(err: unknown): void {
    if (this.broken) return;
    this.broken = true;
    this.queue.splice(0).forEach((p) => p.reject(err));
    this.onBroken(this);
  }

  private accept(event: StoredEvent): void {
    // Our own append's notice may come back before its commit answers: it must not wait for a catch-up to be dropped.
    this.heard.delete(event.seq);
    const before = this.current;
    this.events.push(event);
    this.current = apply(before, event);
    this.onAppend(this, event, before);
  }
}
