import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '@kafe/shared/constants';
import type { ClientToServerEvents, CommandName, CommandResult, ServerToClientEvents, TimeSyncReply } from '@kafe/shared/protocol';
import { syncClock } from './clockSync';
import type { Credentials } from './identity';
import { initialStore, receiveEvents, receiveThemes, receiveWelcome, useWorkshop } from './workshopStore';

export type KafeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const RESYNC_EVERY_MS = 60_000;
/** Handshake refusals that no retry will fix. */
const FINAL_CODES = new Set(['unauthorized', 'forbidden', 'not_found', 'unsupported_protocol', 'bad_request', 'full']);

let socket: KafeSocket | null = null;
const welcomeListeners = new Set<() => void>();

/** Runs `listener` after every welcome (first connect and each reconnect): the outbox flushes here. */
export function onWelcome(listener: () => void): () => void {
  welcomeListeners.add(listener);
  return () => welcomeListeners.delete(listener);
}

export function currentSocket(): KafeSocket | null {
  return socket;
}

/**
 * Connects this page to its workshop. socket.io's backoff handles retries (0.5 s doubling to 5 s, jittered); on top of
 * that we retry at once when the network comes back or the tab becomes visible, since both usually mean "try now".
 */
export function connect(credentials: Credentials): () => void {
  useWorkshop.setState(initialStore());
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
    auth: (cb) => {
      const lastSeq = useWorkshop.getState().state.seq;
      cb({
        v: PROTOCOL_VERSION,
        lastSeq,
        ...(credentials.kind === 'token' ? { token: credentials.token } : { joinCode: credentials.joinCode, participantKey: credentials.participantKey }),
        // A table card seats the phone once, on this page's first connection: a reconnect later must not undo a table
        // the participant has since changed by hand.
        ...(credentials.kind === 'participant' && credentials.table !== undefined && lastSeq === 0 ? { table: credentials.table } : {}),
      });
    },
  });
  socket = s;
  let politeRetry = 0;
  const ping = (t0: number): Promise<TimeSyncReply> => s.timeout(3000).emitWithAck('time:sync', t0);
  const resyncClock = (): void => void (s.connected ? syncClock(ping) : undefined);

  s.on('connect', resyncClock);
  s.on('welcome', (w) => {
    if (!receiveWelcome(w)) return resync(s);
    welcomeListeners.forEach((l) => l());
  });
  s.on('events', (events) => {
    if (!receiveEvents(events)) resync(s);
  });
  s.on('presence', (presence) => useWorkshop.setState({ presence }));
  s.on('themes', receiveThemes);
  s.on('fatal', (error) => useWorkshop.setState({ connection: 'error', fatal: error }));
  s.on('disconnect', () => useWorkshop.setState({ connection: 'offline' }));
  s.on('connect_error', (err) => {
    const data: unknown = 'data' in err ? err.data : undefined;
    const code = typeof data === 'object' && data && 'code' in data ? String(data.code) : '';
    // For a phone, "slow down" on joining always means a wrong code (right codes are let in): retrying would only
    // count more failures against the room's shared IP.
    if (FINAL_CODES.has(code) || (credentials.kind === 'participant' && code === 'rate_limited')) {
      useWorkshop.setState({ connection: 'error', fatal: { code, message: err.message } });
      return;
    }
    useWorkshop.setState({ connection: 'offline' });
    // A middleware refusal (e.g. rate limited) stops socket.io's own retries: keep trying, politely.
    if (!s.active) {
      window.clearTimeout(politeRetry);
      politeRetry = window.setTimeout(() => s.connect(), 5000);
    }
  });

  const retryNow = (): void => {
    if (!s.connected && useWorkshop.getState().connection !== 'error') s.connect();
  };
  const onVisible = (): void => {
    if (document.visibilityState !== 'visible') return;
    retryNow();
    resyncClock();
  };
  window.addEventListener('online', retryNow);
  document.addEventListener('visibilitychange', onVisible);
  const timer = window.setInterval(resyncClock, RESYNC_EVERY_MS);
  return () => {
    window.removeEventListener('online', retryNow);
    document.removeEventListener('visibilitychange', onVisible);
    window.clearInterval(timer);
    window.clearTimeout(politeRetry);
    s.disconnect();
    if (socket === s) socket = null;
  };
}

/** A gap in the stream: reconnecting makes the server send exactly what we miss. */
function resync(s: KafeSocket): void {
  s.disconnect();
  s.connect();
}

/** Try to reconnect now (the "retry" button). */
export function reconnectNow(): void {
  if (socket && !socket.connected) socket.connect();
}

/** Sends a command and waits for its ack; a timeout or a dropped connection becomes a retryable error. */
export type { CommandName };

export async function sendCommand(name: CommandName, payload: Record<string, unknown>, timeoutMs = 8000): Promise<CommandResult> {
  const s = socket;
  if (!s || !s.connected) return { ok: false, error: { code: 'internal', message: 'offline' } };
  try {
    const result: unknown = await s.timeout(timeoutMs).emitWithAck(name, payload);
    return isResult(result) ? result : { ok: false, error: { code: 'internal', message: 'unexpected answer from the server' } };
  } catch {
    return { ok: false, error: { code: 'internal', message: 'no answer from the server' } };
  }
}

function isResult(v: unknown): v is CommandResult {
  return typeof v === 'object' && v !== null && 'ok' in v;
}

