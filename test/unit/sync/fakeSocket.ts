import type { CommandName, Welcome } from '@kafe/shared/protocol';
import type { VisibleEvent } from '@kafe/shared/events';
import type { SocketHandlers, SyncSocket } from '../../../client/src/sync/syncSocket';

/** A command the client emitted, waiting for the test to answer it. */
export interface Request {
  name: CommandName;
  payload: object;
  answer(ack: unknown): void;
  /** No ack: the client sees a timeout. */
  lose(): void;
}

/** An in-memory socket: the test plays the server, connecting, welcoming, sending events and answering commands. */
export class FakeSocket implements SyncSocket {
  connected = false;
  active = true;
  connects = 0;
  readonly requests: Request[] = [];
  private handlers: SocketHandlers | null = null;

  listen(handlers: SocketHandlers): void {
    this.handlers = handlers;
  }

  request(name: CommandName, payload: object): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.requests.push({ name, payload, answer: resolve, lose: () => reject(new Error('timeout')) });
    });
  }

  connect(): void {
    this.connects++;
    this.connected = true;
    this.on().connected();
  }

  disconnect(): void {
    if (!this.connected) return;
    this.connected = false;
    this.on().disconnected();
  }

  welcome(w: Welcome): void {
    this.on().welcome(w);
  }

  events(events: VisibleEvent[]): void {
    this.on().events(events);
  }

  /** Takes the oldest unanswered request. */
  next(): Request {
    const r = this.requests.shift();
    if (!r) throw new Error('no request waiting');
    return r;
  }

  private on(): SocketHandlers {
    if (!this.handlers) throw new Error('nobody listens');
    return this.handlers;
  }
}
