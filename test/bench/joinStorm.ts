// joinStorm: 3,000 phones join one workshop in a round at 100 a second (30 s), each timing its own join from the
// moment it starts connecting to the welcome (the handshake with its join-code check, the participant.joined commit,
// the welcome with the backlog). Ten rooms of 300 phones, each room on its own loopback address as behind its own NAT
// (one address per venue is what the per-address caps are sized for). Phones are simulated in a worker thread; the
// server is the built one (server/dist) in a process of its own.
import { Worker } from 'node:worker_threads';
import { randomUUID } from 'node:crypto';
import { PROTOCOL_VERSION } from '../../shared/src/constants.js';
import { ServerProcess } from '../e2e/serverProcess.js';
import { roomAddresses } from './lib/phones.js';
import { open, tokenOf } from './lib/sockets.js';
import { log, round, summary } from './lib/stats.js';

const PHONES = 3_000;
const PER_SECOND = 100;
const ROOMS = 10;

interface StormResult {
  waits: number[];
  refusals: Record<string, number>;
  arrivalsMs: number;
}

export async function bench(): Promise<unknown> {
  const server = await ServerProcess.start({ env: { MAX_PARTICIPANTS: String(PHONES) } }); // the default cap is 2,000
  let worker: Worker | null = null;
  try {
    const w = await server.createWorkshop({ title: 'Bench: innrykk' });
    const facilitator = await open(server.base, { token: tokenOf(w.links.facilitator) });
    for (const name of ['clock:start', 'clock:next'])
      await facilitator.timeout(10_000).emitWithAck(name, { opId: randomUUID() });

    worker = new Worker(new URL('./lib/joinStormWorker.mjs', import.meta.url), {
      workerData: {
        base: server.base,
        joinCode: w.joinCode,
        count: PHONES,
        perSecond: PER_SECOND,
        protocol: PROTOCOL_VERSION,
        localAddresses: roomAddresses(ROOMS),
      },
    });
    const result = await new Promise<StormResult>((resolve, reject) => {
      worker?.once('message', (m: StormResult) => resolve(m));
      worker?.once('error', reject);
    });
    facilitator.disconnect();
    const { waits, refusals, arrivalsMs } = result;
    const joinMs = summary(waits, 0);
    log(
      `join storm: ${waits.length} of ${PHONES} joined over ${round(arrivalsMs / 1000)} s; wait ${JSON.stringify(joinMs)}`,
    );
    return {
      phones: PHONES,
      perSecond: PER_SECOND,
      joined: waits.length,
      refused: refusals,
      joinMs,
    };
  } finally {
    worker?.postMessage('stop');
    await worker?.terminate();
    await server.stop();
  }
}
