// Simulated phones in a worker thread: 300 sockets receiving every broadcast would otherwise eat the bench's own
// event loop and make the server look slower than it is (in a room, each phone is its own device).
import { Worker } from 'node:worker_threads';
import { PROTOCOL_VERSION } from '../../../shared/src/constants.js';

/** Connects `count` phones in a worker; resolves once all are welcomed. Call the returned function to disconnect them. */
export async function connectPhones(base: string, joinCode: string, count: number): Promise<() => Promise<void>> {
  const worker = new Worker(new URL('./phonesWorker.mjs', import.meta.url), {
    workerData: { base, joinCode, count, protocol: PROTOCOL_VERSION },
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
