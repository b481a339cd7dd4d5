// fanout: a facilitator's screen message reaching every phone, with the phones on 1 and on 3 server processes on one
// PostgreSQL (the 3-process case goes through LISTEN/NOTIFY and a read of the new row in every other process).
// 3,000 phones in three worker threads, spread round-robin over the processes; the facilitator on the first process
// shows MESSAGES messages 300 ms apart; latency = a phone's arrival time − the moment the facilitator sent it (one
// clock: the same machine). p50/p99/max over every (phone, message), and how many arrivals were missing.
// Needs PostgreSQL's binaries (a temporary cluster of its own, as the integration tests use); skipped without them.
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { PROTOCOL_VERSION } from '../../shared/src/constants.js';
import { ServerProcess, sleep } from '../e2e/serverProcess.js';
import { postgresBin, startCluster } from '../integration/pgCluster.js';
import { freshDatabase } from '../integration/multiprocess/database.js';
import { log, round, summary } from './lib/stats.js';
import { open } from './lib/sockets.js';

// KAFE_BENCH_FANOUT_PHONES: fewer phones for a quick look (a multiple of 3).
const PHONES = Number(process.env.KAFE_BENCH_FANOUT_PHONES ?? 3000);
const WORKERS = 3;
const MESSAGES = 20;
const now = (): number => performance.timeOrigin + performance.now();

interface PhoneWorker {
  collect(): Promise<Record<string, number[]>>;
  stop(): Promise<void>;
}

async function phones(bases: string[], joinCode: string, count: number, firstPhone: number): Promise<PhoneWorker> {
  const worker = new Worker(new URL('./lib/fanoutPhonesWorker.mjs', import.meta.url), {
    workerData: { bases, joinCode, count, protocol: PROTOCOL_VERSION, firstPhone },
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', (m: { ready?: boolean; error?: string }) =>
      m.ready ? resolve() : reject(new Error(m.error ?? 'phones failed')),
    );
    worker.once('error', reject);
  });
  return {
    collect: () =>
      new Promise((resolve) => {
        worker.once('message', (m: { collected: Record<string, number[]> }) => resolve(m.collected));
        worker.postMessage({ collect: true });
      }),
    async stop() {
      worker.postMessage('stop');
      await new Promise((r) => worker.once('exit', r));
    },
  };
}

async function run(clusterUrl: string, processes: number): Promise<Record<string, unknown>> {
  const db = await freshDatabase(clusterUrl);
  const env = { DATABASE_URL: db.url, MAX_PARTICIPANTS: String(PHONES + 100), MAX_CONNECTIONS_PER_IP: '5000' };
  const procs = await Promise.all(Array.from({ length: processes }, () => ServerProcess.start({ env })));
  const workers: PhoneWorker[] = [];
  try {
    const first = procs[0];
    if (!first) throw new Error('no process');
    const w = await first.createWorkshop({ title: 'Bench: fan-out' });
    const facilitator = await open(first.base, { token: w.facilitatorToken });
    for (const name of ['clock:start', 'clock:next'])
      await facilitator.timeout(10_000).emitWithAck(name, { opId: randomUUID() });
    const bases = procs.map((p) => p.base);
    const started = performance.now();
    const per = PHONES / WORKERS;
    for (let i = 0; i < WORKERS; i++) workers.push(await phones(bases, w.joinCode, per, i * per));
    log(
      `fan-out, ${processes} process(es): ${PHONES} phones joined in ${round((performance.now() - started) / 1000)} s`,
    );
    await sleep(3000); // joins, presence and attendance settle
    const sent = new Map<string, number>();
    for (let m = 0; m < MESSAGES; m++) {
      const messageId = randomUUID();
      sent.set(messageId, now());
      await facilitator
        .timeout(10_000)
        .emitWithAck('message:show', { opId: randomUUID(), messageId, text: `Melding ${m + 1}` });
      await sleep(300);
    }
    await sleep(2000);
    const latencies: number[] = [];
    for (const collected of await Promise.all(workers.map((wk) => wk.collect()))) {
      for (const [id, times] of Object.entries(collected)) {
        const t0 = sent.get(id);
        if (t0 !== undefined) latencies.push(...times.map((t) => t - t0));
      }
    }
    facilitator.disconnect();
    const expected = PHONES * MESSAGES;
    return {
      processes,
      phones: PHONES,
      messages: MESSAGES,
      ...summary(latencies),
      missing: expected - latencies.length,
    };
  } finally {
    await Promise.all(workers.map((wk) => wk.stop()));
    await Promise.all(procs.map((p) => p.stop()));
    await db.drop();
  }
}

export async function bench(): Promise<unknown> {
  if (!postgresBin()) return { skipped: 'PostgreSQL is not installed (apt-get install postgresql)' };
  const cluster = await startCluster();
  try {
    const one = await run(cluster.url, 1);
    const three = await run(cluster.url, 3);
    const ratio = round(Number(three.p99) / Number(one.p99), 2);
    log(`fan-out p99: 1 process ${String(one.p99)} ms, 3 processes ${String(three.p99)} ms (×${ratio})`);
    return { oneProcess: one, threeProcesses: three, p99Ratio: ratio, target: '≤ 1.5' };
  } finally {
    cluster.stop();
  }
}
