import { commandOf, type Command, type CommandInput } from './commands.js';
import { laneOf, OUTBOX_LANES, subjectOf, type OutboxLane } from './outboxLanes.js';
import type { CommandError, CommandName, CommandResult, ErrorCode } from './protocol.js';

export { laneOf, OUTBOX_LANES, type OutboxLane } from './outboxLanes.js';

/**
 * Where an entry is kept and in which order: `key` orders entries, which are sent strictly in the order they were made
 * within their lane (outboxLanes.ts).
 */
interface OutboxPlace {
  key?: number;
  /** Whose outbox: one page's link (a table host's token, a phone's key in its workshop). */
  scope: string;
  opId: string;
  createdAt: number;
  /**
   * A file that travels with the command (a flip-chart photo): kept in the same durable store, and sent over HTTP
   * rather than the socket. A Blob in the browser; typed by what the outbox needs of it, since shared/ has no DOM.
   */
  file?: OutboxFile;
}

/** What the outbox knows of an attached file: it is opaque here, and sent by the page (client/src/sync/). */
export interface OutboxFile {
  readonly size: number;
  readonly type: string;
}

/**
 * One command waiting to be acknowledged: a command (name and typed payload, its opId included) where it is kept.
 * A union over command names, so switching on `name` narrows `payload`, and an entry is a `Command` as it stands.
 */
export type OutboxEntry = { [C in CommandName]: OutboxPlace & Command<C> }[CommandName];

/** Where entries live until acknowledged: IndexedDB in the browser (client/src/sync/outboxStorage.ts), memory in tests. */
export interface OutboxStorage {
  add(entry: OutboxEntry): Promise<number>;
  list(scope: string): Promise<OutboxEntry[]>;
  remove(key: number): Promise<void>;
}

/**
 * Sends one entry (its payload carries the opId; an entry with a file goes with its file) and answers with the
 * server's verdict, or a retryable error.
 */
export type Send = (entry: OutboxEntry) => Promise<CommandResult>;

/** Refusals that retrying cannot change: the entry is dropped and reported. Anything else is retried later. */
const FINAL: ReadonlySet<ErrorCode> = new Set([
  'bad_request',
  'forbidden',
  'not_found',
  'conflict',
  'unauthorized',
  'unsupported_protocol',
  'full',
]);

/**
 * The offline outbox: every note operation is stored first (durably), shown at once as pending, and sent in order
 * when connected. The server's opId idempotency makes every retry safe, so "sent but the ack was lost" is harmless:
 * the retry gets the original ack and nothing is appended twice. Entries are sent in lanes (outboxLanes.ts): in
 * order within each, while a photo's upload or its retries hold up nothing but the photo commands after it.
 */
export class Outbox {
  private entries: OutboxEntry[] = [];
  private readonly flushing = new Map<OutboxLane, Promise<boolean>>();

  constructor(
    private readonly storage: OutboxStorage,
    private readonly scope: string,
    private readonly onChange: (entries: readonly OutboxEntry[]) => void,
    private readonly onRejected: (entry: OutboxEntry, error: CommandError) => void = () => undefined,
  ) {}

  /** Entries left by an earlier page (a tab closed while offline). */
  async load(): Promise<void> {
    this.entries = await this.storage.list(this.scope);
    this.onChange(this.entries);
  }

  get pending(): readonly OutboxEntry[] {
    return this.entries;
  }

  /** Stores the operation, then shows it as pending. Resolves once it is safely on this device. */
  async enqueue<C extends CommandName>(
    name: C,
    opId: string,
    input: CommandInput<C>,
    now = Date.now(),
    file?: OutboxFile,
  ): Promise<OutboxEntry> {
    const entry: OutboxEntry = {
      scope: this.scope,
      opId,
      createdAt: now,
      ...(file ? { file } : {}),
      ...commandOf<CommandName>(name, opId, input),
    };
    entry.key = await this.storage.add(entry);
    this.entries = [...this.entries, entry];
    this.onChange(this.entries);
    return entry;
  }

  /**
   * Sends every lane's entries in order until one fails for a reason worth retrying (or only `lane`'s). Resolves true
   * when those lanes are empty. Concurrent calls share one run per lane, so an entry is never in flight twice from
   * this page, and lanes run side by side.
   */
  async flush(send: Send, lane?: OutboxLane): Promise<boolean> {
    const lanes = lane ? [lane] : OUTBOX_LANES;
    const done = await Promise.all(lanes.map((l) => this.flushLane(send, l)));
    return done.every(Boolean);
  }

  private flushLane(send: Send, lane: OutboxLane): Promise<boolean> {
    let run = this.flushing.get(lane);
    if (!run) {
      run = this.run(send, lane).finally(() => this.flushing.delete(lane));
      this.flushing.set(lane, run);
    }
    return run;
  }

  private async run(send: Send, lane: OutboxLane): Promise<boolean> {
    for (let entry = this.next(lane); entry; entry = this.next(lane)) {
      const result = await send(entry);
      if (!result.ok && !FINAL.has(result.error.code)) return false;
      if (!result.ok) {
        this.onRejected(entry, result.error);
        await this.dropFollowers(entry);
      }
      await this.drop(entry);
    }
    return true;
  }

  private next(lane: OutboxLane): OutboxEntry | undefined {
    return this.entries.find((e) => laneOf(e) === lane);
  }

  /** A photo refused for good: its removal queued after it would only be refused in turn ("no such photo"). */
  private async dropFollowers(refused: OutboxEntry): Promise<void> {
    const subject = subjectOf(refused);
    if (subject === null) return;
    const lane = laneOf(refused);
    for (const e of this.entries)
      if (e !== refused && laneOf(e) === lane && subjectOf(e) === subject) await this.drop(e);
  }

  private async drop(entry: OutboxEntry): Promise<void> {
    if (entry.key !== undefined) await this.storage.remove(entry.key);
    this.entries = this.entries.filter((e) => e !== entry);
    this.onChange(this.entries);
  }
}

/** Memory storage: for tests, and the fallback where IndexedDB is unavailable (private mode in some browsers). */
export class MemoryOutboxStorage implements OutboxStorage {
  private next = 1;
  private readonly rows = new Map<number, OutboxEntry>();

  add(entry: OutboxEntry): Promise<number> {
    const key = this.next++;
    this.rows.set(key, { ...entry, key });
    return Promise.resolve(key);
  }

  list(scope: string): Promise<OutboxEntry[]> {
    return Promise.resolve(
      [...this.rows.values()].filter((e) => e.scope === scope).sort((a, b) => (a.key ?? 0) - (b.key ?? 0)),
    );
  }

  remove(key: number): Promise<void> {
    this.rows.delete(key);
    return Promise.resolve();
  }
}
