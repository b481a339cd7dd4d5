// Worker body for phones.ts, in plain JavaScript: worker threads do not inherit the tsx loader.
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { io } from 'socket.io-client';

const { base, joinCode, count, protocol, localAddresses = [] } = workerData;
const sockets = [];
try {
  for (let i = 0; i < count; i += 50) {
    const batch = Array.from(
      { length: Math.min(50, count - i) },
      (_, k) =>
        new Promise((resolve, reject) => {
          // Phones spread over several source addresses, like rooms behind their own NATs (see phones.ts).
          const localAddress = localAddresses.length ? localAddresses[(i + k) % localAddresses.length] : undefined;
          const s = io(base, {
            transports: ['websocket'],
            forceNew: true,
            reconnection: false,
            auth: { v: protocol, joinCode, participantKey: randomUUID(), lastSeq: 0 },
            ...(localAddress ? { localAddress } : {}),
          });
          s.once('welcome', () => resolve(s));
          s.once('connect_error', reject);
        }),
    );
    sockets.push(...(await Promise.all(batch)));
  }
  parentPort.postMessage('ready');
} catch (e) {
  parentPort.postMessage(String(e?.message ?? e));
}
parentPort.once('message', () => {
  sockets.forEach((s) => s.disconnect());
  process.exit(0);
});
