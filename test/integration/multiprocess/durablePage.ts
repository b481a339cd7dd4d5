// A page as the sync client runs it, in Node: socket.io with the browser's settings (WebSocket first, long-polling as
// fallback, reconnecting every 0.5–5 s), resuming from its last seq, applying events strictly in order (a gap makes
// it reconnect), and the shared Outbox sent in order after every welcome. So a test can kill a server process under
// it and see what a tablet would. (client/src/sync/ itself needs the client's module resolution and a DOM.)
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { CommandInput } from '@kafe/shared/commands';
import type { VisibleEvent } from '@kafe/shared/events';
import { MemoryOutboxStorage, Outbox } from '@kafe/shared/outbox';
import type { CommandName, CommandResult, Presence, Welcome } from '@kafe/shared/protocol';
import { PROTOCOL_VERSION } from '@kafe/shared/protocol';
import { lastSeqOf, stepFor } from '@kafe/shared/stream';

export class DurablePage {
  /** Every event applied, in the order applied: seq 1, 2, … with no gap and no repeat, across reconnects. */
  readonly stream: VisibleEvent[] = [];
  lastSeq = 0;
  welcomes = 0;
  /** Welcomes that told this page to start over (it should never need one here). */
  resets = 0;
  online = false;
  /** When each welcome came (performance.now()). */
  readonly welcomedAt: number[] = [];
  /** Who is online, as the facilitator is told, with when (performance.now()). */
  readonly presence: { at: number; presence: Presence }[] = [];
  private readonly outbox = new Outbox(new MemoryOutboxStorage(), randomUUID(), () => undefined);
  readonly socket: Socket;
  private readonly onlineWaiters = new Set<() => void>();

  /** `polling`: long-polling only, as behind a venue proxy that blocks WebSocket (it needs sticky sessions). */
  constructor(base: string, auth: Record<string, unknown>, cookie?: string, polling = false) {
    this.socket = io(base, {
      transports: polling ? ['polling'] : ['websocket', 'polling'],
      tryAllTransports: true,
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
      randomizationFactor: 0.3,
      timeout: 8000,
      forceNew: true,
      auth: (cb) => cb({ v: PROTOCOL_VERSION, ...auth, lastSeq: this.lastSeq }),
      ...(cookie ? { extraHeaders: { cookie } } : {}),
    });
    this.socket.on('welcome', (w: Welcome) => {
      this.welcomes++;
      this.welcomedAt.push(performance.now());
      if (w.reset) {
        this.resets++;
        this.stream.length = 0;
        this.lastSeq = 0;
      }
      if (!this.take(w.events)) return;
      this.online = true;
      this.onlineWaiters.forEach((f) => f());
      void this.flush();
    });
    this.socket.on('events', (events: VisibleEvent[]) => void this.take(events));
    this.socket.on('presence', (presence: Presence) => this.presence.push({ at: performance.now(), presence }));
    this.socket.on('disconnect', () => (this.online = false));
  }

  /** Stores a command in the outbox and sends what is waiting (now, or after the next welcome). */
  async enqueue<C extends CommandName>(name: C, input: CommandInput<C>): Promise<void> {
    await this.outbox.enqueue(name, randomUUID(), input);
    void this.flush();
  }

  get pending(): number {
    return this.outbox.pending.length;
  }

  /** Resolves when the page is (again) welcomed. */
  whenOnline(): Promise<void> {
    if (this.online) return Promise.resolve();
    return new Promise((resolve) => {
      const f = (): void => {
        this.onlineWaiters.delete(f);
        resolve();
      };
      this.onlineWaiters.add(f);
    });
  }

  /** Sends until the outbox is empty, retrying while online (the sync client's retry driver, simplified). */
  async drain(): Promise<void> {
    while (this.pending > 0) {
      await this.whenOnline();
      if (!(await this.flush())) await new Promise((r) => setTimeout(r, 250));
    }
  }

  close(): void {
    this.socket.disconnect();
  }

  private flush(): Promise<boolean> {
    if (!this.online) return Promise.resolve(false);
    return this.outbox.flush(async (command): Promise<CommandResult> => {
      try {
        return (await this.socket.timeout(8000).emitWithAck(command.name, command.payload)) as CommandResult;
      } catch {
        return { ok: false, error: { code: 'internal', message: 'no answer' } };
      }
    });
  }

  /** Applies events that follow on; a gap or a repeat makes the page reconnect and resume from its last seq. */
  private take(events: readonly VisibleEvent[]): boolean {
    for (const e of events) {
      const step = stepFor(this.lastSeq, e);
      if (step.kind === 'skip') continue;
      if (step.kind === 'gap') {
        this.socket.disconnect().connect();
        return false;
      }
      this.stream.push(e);
      this.lastSeq = lastSeqOf(e);
    }
    return true;
  }
}
