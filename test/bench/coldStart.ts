// coldStartMs: spawn `node server/dist/main.js` on a fresh PGlite data directory (so migrations run and the
// organiser key is stored) and time until GET /healthz answers 200. Median of 3 runs, each on a new directory.
// The single runs go to stderr.
import { ServerProcess } from '../e2e/serverProcess.js';
import { log, median, round } from './lib/stats.js';

const RUNS = 3;

export async function bench(): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const server = await ServerProcess.create({ readyTimeoutMs: 60_000 });
    try {
      runs.push(await server.spawn());
    } finally {
      await server.stop();
    }
  }
  log(`cold start runs: ${runs.map((ms) => `${round(ms, 0)} ms`).join(', ')}`);
  return round(median(runs), 0);
}
