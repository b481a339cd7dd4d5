import type { CommandArgs, CommandInput } from '@kafe/shared/commands';
import { PROTOCOL_VERSION } from '@kafe/shared/constants';
import type { OptimisticView } from '@kafe/shared/optimistic';
import {
  laneOf,
  Outbox,
  OUTBOX_LANES,
  type OutboxEntry,
  type OutboxLane,
  type OutboxStorage,
} from '@kafe/shared/outbox';
import type { CommandName, CommandResult, Handshake } from '@kafe/shared/protocol';
import { commandResultOf, noAnswer } from './commandResult';
import type { Credentials } from './identity';
import { viewOf } from './optimisticView';
import { createOutboxStore } from './outboxStore';
import { ackSeq, uploadPhoto } from './photoUpload';
import { Retry } from './retry';
import type { SyncSocket } from './syncSocket';
import { uuid } from './uuid';
import { createWorkshopStore, receiveEvents, receiveThemes, receiveWelcome } from './workshopStore';

/** Handshake refusals that no retry will fix. */
const FINAL_HANDSHAKE = new Set([
  'unauthorized',
  'forbidden',
  'not_found',
  'unsupported_protocol',
  'bad_request',
  'full',
]);
const ACK_TIMEOUT_MS = 8000;

export interface SyncClientOptions {
  socket: SyncSocket;
  credentials: Credentials;
  /** The page's durable outbox: where it is stored and whose it is. Null: a page that sends only one-off commands. */
  outbox: { storage: Promise<OutboxStorage>; scope: string } | null;
  newOpId?: () => string;
}

/**
 * One page's sync with its workshop (tldraw's TLSyncClient, Replicache's client): given its socket, it owns the
 * confirmed state (applied strictly in seq order, resynced on a gap), the durable outbox flushed in order (per lane)
 * after every welcome, its retry drivers, and the optimistic view. React reads it through hooks.ts; nothing else holds a socket.
 */
export class SyncClient {
  readonly workshop = createWorkshopStore();
  readonly outbox = createOutboxStore();
  private box: Outbox | null = null;
  private readonly opened: Promise<Outbox | null>;
  /**
   * One retry driver per outbox lane, each with its own backoff: a photo whose upload keeps failing waits longer and
   * longer, while a note typed meanwhile is sent at once.
   */
  private readonly flushRetries: Record<OutboxLane, Retry> = {
    commands: new Retry(() => this.flushOnce('commands')),
    photos: new Retry(() => this.flushOnce('photos')),
  };
  // A handshake refused by the server's middleware (rate limited, busy) stops socket.io's retries: try again, politely,
  // after 2.5 to 7.5 s, so a room told "busy" together spreads out instead of returning as one wave.
  private readonly reconnectRetry = new Retry(
    () => {
      this.socket.connect();
      return Promise.resolve(true);
    },
    5000,
    5000,
    0.5,
  );
  private readonly socket: SyncSocket;
  private readonly credentials: Credentials;
  private readonly newOpId: () => string;
  private closed = false;

  constructor(options: SyncClientOptions) {
    this.socket = options.socket;
    this.credentials = options.credentials;
    this.newOpId = options.newOpId ?? uuid;
    this.opened = options.outbox ? this.openOutbox(options.outbox.storage, options.outbox.scope) : this.noOutbox();
    this.listen();
  }

  /** What the socket says when it (re)connects: who this page is and the last event it has. */
  handshake(): Handshake {
    const lastSeq = this.workshop.getState().state.seq;
    const c = this.credentials;
    if (c.kind === 'token') return { v: PROTOCOL_VERSION, lastSeq, token: c.token };
    // A table card seats the phone once, on this page's first connection: a reconnect later must not undo a table the
    // participant has since changed by hand.
    const table = c.table !== undefined && lastSeq === 0 ? { table: c.table } : {};
    return { v: PROTOCOL_VERSION, lastSeq, joinCode: c.joinCode, participantKey: c.participantKey, ...table };
  }

  connect(): void {
    this.socket.connect();
  }

  /** Try to reconnect now (the "retry" button, the network coming back, the tab shown again). */
  reconnect(): void {
    if (!this.socket.connected && this.workshop.getState().connection !== 'error') this.socket.connect();
  }

  /**
   * The browser says the network is gone. socket.io would notice only when its ping times out (up to 18 s), all the
   * while calling a dead socket connected and holding back nothing: drop it now, so the page says "offline" at once,
   * and let socket.io keep retrying, so the connection returns by itself with the network (and at once on `online`).
   */
  networkLost(): void {
    if (this.closed || this.workshop.getState().connection === 'error') return;
    this.workshop.setState({ connection: 'offline' });
    this.socket.disconnect();
    this.socket.connect();
  }

  /** A one-off command (clock buttons, votes, settings): a fresh opId, sent now, answered with the server's verdict. */
  async send<C extends CommandName>(name: C, ...[input]: CommandArgs<C>): Promise<CommandResult> {
    return this.request(name, { ...input, opId: this.newOpId() });
  }

  /**
   * A durable command: stored on the device first, shown at once in the view, then sent in order (now or once back
   * online). A `file` (a flip-chart photo) is stored with it and sent with it over HTTP.
   */
  async enqueue<C extends CommandName>(name: C, input: CommandInput<C>, file?: Blob): Promise<void> {
    // A note typed in the first milliseconds waits for the outbox to open rather than being lost.
    const box = this.box ?? (await this.opened);
    if (!box) throw new Error('this page keeps no outbox');
    const entry = await box.enqueue(name, this.newOpId(), input, Date.now(), file);
    // Only this entry's lane: a new note must not cut short the backoff of a photo that keeps failing.
    this.flushSoon(laneOf(entry));
  }

  /** The confirmed state with the pending commands rebased on top, decided at `now` (server time). */
  view(now: number): OptimisticView {
    return viewOf(this.workshop.getState(), this.outbox.getState().entries, now);
  }

  dismissRejected(): void {
    this.outbox.setState({ rejected: null });
  }

  close(): void {
    this.closed = true;
    OUTBOX_LANES.forEach((lane) => this.flushRetries[lane].cancel());
    this.reconnectRetry.cancel();
    this.socket.disconnect();
  }

  /**
   * Sends what is waiting (in every lane, or in `lane`); on a retryable failure that lane's retry driver tries again
   * with backoff while connected.
   */
  flushSoon(lane?: OutboxLane): void {
    if (!this.box || !this.welcomed() || this.closed) return;
    for (const l of lane ? [lane] : OUTBOX_LANES) this.flushRetries[l].now();
  }

  /**
   * Connected and welcomed: only then does the page hold every event before its commands' acks, so a note leaves the
   * outbox no sooner than its event is in the store (it would blink out of the list otherwise).
   */
  private welcomed(): boolean {
    return this.socket.connected && this.workshop.getState().connection === 'online';
  }

  private async flushOnce(lane: OutboxLane): Promise<boolean> {
    const box = this.box;
    // Offline or not yet welcomed: nothing to do until the next welcome, which flushes again.
    if (!box || !this.welcomed() || this.closed) return true;
    return box.flush((entry) => (entry.file ? this.upload(entry) : this.request(entry.name, entry.payload)), lane);
  }

  /**
   * An entry with a file goes over HTTP. Its event comes over the socket, maybe after the HTTP answer: the entry
   * leaves the outbox only once the event is here (or after a while), so a pending photo does not blink out.
   */
  private async upload(entry: OutboxEntry): Promise<CommandResult> {
    const { workshopId } = this.workshop.getState();
    if (this.credentials.kind !== 'token' || workshopId === null) return noAnswer('not connected yet');
    const result = await uploadPhoto(workshopId, this.credentials.token, entry);
    const seq = ackSeq(result);
    if (seq !== null) await this.seqReached(seq, ACK_TIMEOUT_MS);
    return result;
  }

  private seqReached(seq: number, timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      const unsubscribe = this.workshop.subscribe((s) => {
        if (s.state.seq >= seq) done();
      });
      if (this.workshop.getState().state.seq >= seq) done();
    });
  }

  private async request(name: CommandName, payload: object): Promise<CommandResult> {
    if (!this.socket.connected) return noAnswer('offline');
    try {
      return commandResultOf(await this.socket.request(name, payload, ACK_TIMEOUT_MS));
    } catch {
      // A timeout or a dropped connection: retryable, and the opId makes the retry safe.
      return noAnswer('no answer from the server');
    }
  }

  private async openOutbox(storage: Promise<OutboxStorage>, scope: string): Promise<Outbox | null> {
    const box = new Outbox(
      await storage,
      scope,
      (entries) => this.outbox.setState({ entries }),
      (entry, error) => this.outbox.setState({ rejected: { entry, error } }),
    );
    await box.load();
    if (this.closed) return null;
    this.box = box;
    this.outbox.setState({ ready: true });
    this.flushSoon();
    return box;
  }

  private noOutbox(): Promise<null> {
    this.outbox.setState({ ready: true });
    return Promise.resolve(null);
  }

  private listen(): void {
    const store = this.workshop;
    this.socket.listen({
      connected: () => this.reconnectRetry.cancel(),
      disconnected: () => store.setState({ connection: 'offline' }),
      refused: (code, message) => {
        // For a phone, "slow down" on joining always means a wrong code (right codes are let in): retrying would only
        // count more failures against the room's shared IP.
        if (FINAL_HANDSHAKE.has(code) || (this.credentials.kind === 'participant' && code === 'rate_limited')) {
          store.setState({ connection: 'error', fatal: { code, message } });
          return;
        }
        store.setState({ connection: 'offline' });
        if (!this.socket.active && !this.closed) this.reconnectRetry.later();
      },
      welcome: (w) => (receiveWelcome(store, w) ? this.flushSoon() : this.resync()),
      events: (events) => {
        if (!receiveEvents(store, events)) this.resync();
      },
      presence: (presence) => store.setState({ presence }),
      themes: (message) => receiveThemes(store, message),
      fatal: (error) => store.setState({ connection: 'error', fatal: error }),
    });
  }

  /** A gap in the stream: reconnecting makes the server send exactly what this page misses. */
  private resync(): void {
    this.socket.disconnect();
    this.socket.connect();
  }
}
