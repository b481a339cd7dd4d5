import type { CommandError, CommandName, Presence, ThemesMessage, Welcome } from '@kafe/shared/protocol';
import type { VisibleEvent } from '@kafe/shared/events';

/** What a SyncClient hears from its socket. */
export interface SocketHandlers {
  connected(): void;
  disconnected(): void;
  /** The handshake was refused (bad link, wrong code, rate limited…): `code` is the server's error code, or ''. */
  refused(code: string, message: string): void;
  welcome(welcome: Welcome): void;
  events(events: VisibleEvent[]): void;
  presence(presence: Presence): void;
  themes(message: ThemesMessage): void;
  fatal(error: CommandError): void;
}

/**
 * The few things a SyncClient needs from its socket: socket.io in the browser (socketIo.ts), an in-memory stub in the
 * unit tests. Keeping it this small is what lets the whole sync layer be tested without a browser or a server.
 */
export interface SyncSocket {
  readonly connected: boolean;
  /** Whether the socket retries by itself; a handshake refused by the server's middleware stops socket.io's retries. */
  readonly active: boolean;
  listen(handlers: SocketHandlers): void;
  /** Emits a command and resolves with whatever the server acknowledged; rejects when no ack came in time. */
  request(name: CommandName, payload: object, timeoutMs: number): Promise<unknown>;
  connect(): void;
  disconnect(): void;
}
