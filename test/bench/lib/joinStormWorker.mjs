// Worker body for joinStorm.ts, in plain JavaScript (worker threads do not inherit the tsx loader): phones arriving at
// a steady rate, each timing its own join from the moment it starts connecting to the server's welcome.
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { io } from 'socket.io-client';

const { base, joinCode, count, perSecond, protocol, localAddresses } = workerData;
const sockets = [];
const waits = [];
const refusals = {};

/** One phone: resolves with ms to its welcome, or null if it was refused (counted by the refusal's code). */
function join(i) {
  const started = performance.now();
  return new Promise((resolve) => {
    const s = io(base, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout: 60_000,
      auth: { v: protocol, joinCode, participantKey: randomUUID(), lastSeq: 0 },
      localAddress: localAddresses[i % localAddresses.length],
    });
    sockets.push(s);
    s.once('welcome', () => resolve(performance.now() - started));
    // Dropped before its welcome (the server closes the transport when it cannot record the join yet).
    s.once('disconnect', (reason) => {
      refusals[`dropped: ${reason}`] = (refusals[`dropped: ${reason}`] ?? 0) + 1;
      resolve(null);
    });
    s.once('connect_error', (err) => {
      const code = err?.data?.code ?? err?.message ?? 'error';
      refusals[code] = (refusals[code] ?? 0) + 1;
      resolve(null);
    });
  });
}

const began = performance.now();
const progress = setInterval(() => {
  const s = Math.round((performance.now() - began) / 1000);
  console.error(
    `[bench] join storm at ${s} s: ${sockets.length} started, ${waits.length} welcomed, refused ${JSON.stringify(refusals)}`,
  );
}, 5_000);
const joins = [];
for (let i = 0; i < count; i++) {
  // On schedule, not after the previous one: a slow server makes phones pile up, as in a room.
  const due = began + (i * 1000) / perSecond;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  joins.push(join(i).then((ms) => ms !== null && waits.push(ms)));
}
await Promise.all(joins);
clearInterval(progress);
parentPort.postMessage({ waits, refusals, arrivalsMs: performance.now() - began });
parentPort.once('message', () => {
  sockets.forEach((s) => s.disconnect());
  process.exit(0);
});
