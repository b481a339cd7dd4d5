// Simulated phones in a worker thread: 300 sockets receiving every broadcast would otherwise eat the bench's own
// event loop and make the server look slower than it is (in a room, each phone is its own device).
import { Worker } from 'node:worker_threads';
import { PROTOCOL_VERSION } from '../../../shared/src/constants.js';

/**
 * Loopback source addresses for `rooms` rooms of phones: Linux answers on all of 127.0.0.0/8, so each room can have an
 * address of its own, as rooms behind different NATs would (one address would meet the per-address caps meant for one
 * venue, MAX_CONNECTIONS_PER_IP and new participants per address, long before a thousand phones).
 */
export const roomAddresses = (rooms: number): string[] => Array.from({ length: rooms }, (_, i) => `127.0.0.${10 + i}`);

/**
 * Connects `count` phones in a worker, spread over `localAddresses` if given; resolves once all are welcomed. Call the
 * returned function to disconnect them.
 */
export async function connectPhones(
  base: string,
  joinCode: string,
  count: number,
  localAddresses: readonly string[] = [],
): Promise<() => Promise<void>> {
  const worker = new Worker(new URL('./phonesWorker.mjs', import.meta.url), {
    workerData: { base, joinCode, count, protocol: PROTOCOL_VERSION, localAddresses },
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', (m: unknown) => (m === 'ready' ? resolve() : reject(new Error(String(m)))));
    worker.once('error', reject);
  });
  return async () => {
    worker.postMessage('stop');
    await new Promise((r) => worker.once('exit', r));
  };
}
