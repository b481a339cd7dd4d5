// coldStartMs: spawn `node server/dist/main.js` on a fresh PGlite data directory (so migrations run and the
// organiser key is stored) and time until GET /healthz answers 200. Median of 3 runs, each on a new directory.
// The single runs, and the server's own "ready in N ms" (from main() to listening), go to stderr.
import { readFileSync } from 'node:fs';
import { ServerProcess, sleep } from '../e2e/serverProcess.js';
import { log, median, round } from './lib/stats.js';

const RUNS = 3;

export async function bench(): Promise<number> {
  const runs: string[] = [];
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const server = await ServerProcess.create({ readyTimeoutMs: 60_000 });
    try {
      const ms = await server.spawn();
      times.push(ms);
      await sleep(200); // the welcome lines are printed just after the server starts listening
      const own = /ready in (\d+) ms/.exec(readFileSync(server.logFile, 'utf8'))?.[1];
      runs.push(`${round(ms, 0)} ms${own ? ` (server says ready in ${own} ms)` : ''}`);
    } finally {
      await server.stop();
    }
  }
  log(`cold start runs: ${runs.join(', ')}`);
  return round(median(times), 0);
}
