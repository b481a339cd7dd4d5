import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, TimeSyncReply } from '@kafe/shared/protocol';
import { syncClock } from './clockSync';
import type { SyncSocket } from './syncSocket';

type KafeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A socket.io connection as a SyncSocket, plus the clock sync it runs on every connect. Does not connect yet. */
export function openSocket(handshake: () => object): { socket: SyncSocket; resyncClock: () => void } {
  const s: KafeSocket = io({
    // Relative: always the origin the page came from, so the app works behind a proxy or another host name.
    path: '/socket.io',
    transports: ['websocket', 'polling'],
    // A venue proxy that blocks WebSocket must not leave the page offline: fall back to long-polling.
    tryAllTransports: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
    randomizationFactor: 0.3,
    timeout: 8000,
    autoConnect: false,
    // Read at every (re)connect, so a resume asks from the last seq this page has.
    auth: (cb) => cb(handshake()),
  });
  const ping = (t0: number): Promise<TimeSyncReply> => s.timeout(3000).emitWithAck('time:sync', t0);
  const resyncClock = (): void => void (s.connected ? syncClock(ping) : undefined);
  s.on('connect', resyncClock);
  const socket: SyncSocket = {
    get connected() {
      return s.connected;
    },
    get active() {
      return s.active;
    },
    listen(h) {
      s.on('connect', () => h.connected());
      s.on('disconnect', () => h.disconnected());
      s.on('connect_error', (err) => {
        const data: unknown = 'data' in err ? err.data : undefined;
        h.refused(typeof data === 'object' && data && 'code' in data ? String(data.code) : '', err.message);
      });
      s.on('welcome', (w) => h.welcome(w));
      s.on('events', (events) => h.events(events));
      s.on('presence', (p) => h.presence(p));
      s.on('themes', (t) => h.themes(t));
      s.on('fatal', (e) => h.fatal(e));
    },
    request: (name, payload, timeoutMs) => s.timeout(timeoutMs).emitWithAck(name, payload),
    connect: () => void s.connect(),
    disconnect: () => void s.disconnect(),
  };
  return { socket, resyncClock };
}
