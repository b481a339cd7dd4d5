import type { ConnectionState } from '../../sync/workshopStore';

/** After this long, a change still on the device is worth saying so: a note usually leaves within a few hundred ms. */
export const SENDING_AFTER_MS = 2000;

/**
 * What the connection pill says. `sending`: connected, but something has waited on this device for a while, so a green
 * "Connected" beside "1 waiting to be sent" would contradict itself (a socket that has not yet noticed a dead network
 * looks exactly like this).
 */
export type PillState = 'online' | 'sending' | 'connecting' | 'offline' | 'error';

export interface PillInputs {
  connection: ConnectionState;
  /** navigator.onLine: false is reliable (no network at all), and known at once, long before socket.io's ping times out. */
  networkUp: boolean;
  /** How long the oldest unacknowledged change has waited (ms), or null when nothing waits. */
  oldestWaitingMs: number | null;
}

export function pillState({ connection, networkUp, oldestWaitingMs }: PillInputs): PillState {
  if (connection === 'error') return 'error';
  if (!networkUp) return 'offline';
  switch (connection) {
    case 'online':
      return oldestWaitingMs !== null && oldestWaitingMs >= SENDING_AFTER_MS ? 'sending' : 'online';
    case 'connecting':
      return 'connecting';
    case 'offline':
      return 'offline';
    default:
      return connection satisfies never;
  }
}
