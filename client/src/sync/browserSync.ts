import type { Credentials } from './identity';
import { keepLastKnownState } from './lastKnownState';
import { IndexedDbOutboxStorage } from './outboxStorage';
import { openSocket } from './socketIo';
import { SyncClient } from './SyncClient';

const RESYNC_CLOCK_EVERY_MS = 60_000;

/**
 * A page's SyncClient in the browser: socket.io, the IndexedDB outbox (when the page keeps one), and the hints that
 * usually mean "try now": the network coming back, the tab shown again. `stop` closes it all.
 */
export function startSync(
  credentials: Credentials,
  outboxScope: string | null,
): { client: SyncClient; stop: () => void } {
  const { socket, resyncClock } = openSocket(() => client.handshake());
  const client: SyncClient = new SyncClient({
    socket,
    credentials,
    outbox: outboxScope === null ? null : { storage: IndexedDbOutboxStorage.open(), scope: outboxScope },
  });
  const online = (): void => {
    client.reconnect();
    client.flushSoon();
  };
  const offline = (): void => client.networkLost();
  const onVisible = (): void => {
    if (document.visibilityState !== 'visible') return;
    client.reconnect();
    resyncClock();
  };
  // A table host's tablet draws its last known workshop at once, so a reload with no network still opens its page.
  const stopKeeping =
    credentials.kind === 'token' && outboxScope !== null ? keepLastKnownState(client.workshop, outboxScope) : null;
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);
  document.addEventListener('visibilitychange', onVisible);
  const timer = window.setInterval(resyncClock, RESYNC_CLOCK_EVERY_MS);
  client.connect();
  const stop = (): void => {
    window.removeEventListener('online', online);
    window.removeEventListener('offline', offline);
    document.removeEventListener('visibilitychange', onVisible);
    window.clearInterval(timer);
    stopKeeping?.();
    client.close();
  };
  return { client, stop };
}
