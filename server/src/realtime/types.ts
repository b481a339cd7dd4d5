import type { Server, Socket } from 'socket.io';
import type { Actor } from '@kafe/shared/events';
import type { Viewer } from '@kafe/shared/projection';
import type { ClientToServerEvents, ServerToClientEvents } from '@kafe/shared/protocol';

/** What the handshake established about a socket; kept in socket.data. */
export interface SocketSession {
  workshopId: string;
  viewer: Viewer;
  actor: Actor;
  lastSeq: number;
  /** The role token this socket came with (null for phones): checked again just before the welcome (see Revocations). */
  roleToken: string | null;
  /** The facilitator's own token, kept in memory only to open the sealed role links for it. */
  facilitatorToken: string | null;
  /** A participant who came by a table card: the table it names. */
  seat: number | null;
  /** A participant's join code as checked in the handshake, so the welcome need not read it from the store again. */
  joinCode?: string;
}

export type IoServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketSession>;
export type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketSession>;
