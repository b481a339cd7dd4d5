// Worker body for fanout.ts, in plain JavaScript (worker threads do not inherit the tsx loader): `count` phones,
// spread round-robin over the server processes in `bases`, each from its own loopback address in blocks of 50 (a
// venue's phones behind one NAT share an address, but the per-address quotas for new participants would then make the
// bench measure the quota, not the broadcast). Records when each phone got each screen message.
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { io } from 'socket.io-client';

const { bases, joinCode, count, protocol, firstPhone } = workerData;
const now = () => performance.timeOrigin + performance.now();
/** messageId → arrival times (ms since the epoch, sub-millisecond) */
const seen = new Map();
const sockets = [];
const addressOf = (n) => `127.1.${Math.floor(n / 50 / 250)}.${(Math.floor(n / 50) % 250) + 1}`;

try {
  for (let i = 0; i < count; i += 50) {
    const batch = Array.from({ length: Math.min(50, count - i) }, (_, k) => {
      const n = firstPhone + i + k;
      return new Promise((resolve, reject) => {
        const s = io(bases[n % bases.length], {
          transports: ['websocket'],
          forceNew: true,
          reconnection: false,
          localAddress: addressOf(n),
          auth: { v: protocol, joinCode, participantKey: randomUUID(), lastSeq: 0 },
        });
        s.on('events', (events) => {
          const at = now();
          for (const e of events) {
            if (e.event?.type !== 'message.shown') continue;
            const list = seen.get(e.event.messageId) ?? [];
            list.push(at);
            seen.set(e.event.messageId, list);
          }
        });
        s.once('welcome', () => resolve(s));
        s.once('connect_error', (err) => reject(new Error(`phone ${n}: ${err.message}`)));
      });
    });
    sockets.push(...(await Promise.all(batch)));
  }
  parentPort.postMessage({ ready: true });
} catch (e) {
  parentPort.postMessage({ error: String(e?.message ?? e) });
}
parentPort.on('message', (m) => {
  if (m === 'stop') {
    sockets.forEach((s) => s.disconnect());
    process.exit(0);
  }
  if (m?.collect) parentPort.postMessage({ collected: Object.fromEntries(seen) });
});
