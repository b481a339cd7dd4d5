// npm run bench: builds, then runs every bench module in turn and prints ONE JSON object to stdout, one key per
// module (also written to .bench/latest.json). Progress, build output and details go to stderr, so
// `npm run -s bench > bench.json` is clean JSON (-s drops npm's own "> kafedialog bench" banner).
// Loopback only; bounded; exits by itself (non-zero if a module failed or the whole run overran).
// `node --import tsx test/bench/run.ts clockSpread` runs only the named modules.
//
// Adding a measurement: a file in test/bench/ exporting `async function bench(): Promise<unknown>`, and a line in
// BENCHES below. Its key in the JSON is the name given there.
import { mkdirSync, writeFileSync } from 'node:fs';
import { ROOT } from '../e2e/serverProcess.js';
import { benchThemes } from './themes.js';

interface BenchModule {
  bench: () => Promise<unknown>;
}

const load = (path: string) => async (): Promise<unknown> => ((await import(path)) as BenchModule).bench();

const BENCHES: { name: string; run: () => Promise<unknown> }[] = [
  { name: 'coldStartMs', run: load('./coldStart.js') },
  { name: 'footprint', run: load('./footprint.js') },
  { name: 'clockSpread', run: load('./clockSpread.js') },
  { name: 'themes', run: () => Promise.resolve(benchThemes()) },
  { name: 'hostNotes', run: load('./notes.js') },
  { name: 'export', run: load('./export.js') },
  { name: 'themesLive', run: load('./themes-live.js') },
  { name: 'participants', run: load('./participants.js') },
  { name: 'joinStorm', run: load('./joinStorm.js') },
  { name: 'commitCost', run: load('./commitCost.js') },
  { name: 'reload', run: load('./reload.js') },
  { name: 'fanout', run: load('./fanout.js') },
  { name: 'photoUpload', run: load('./photoUpload.js') },
];

const LIMIT_MS = 480_000;

const only = process.argv.slice(2);
const selected = only.length ? BENCHES.filter((b) => only.includes(b.name)) : BENCHES;

const overrun = setTimeout(() => {
  console.error(`[bench] gave up after ${LIMIT_MS / 1000} s`);
  process.exit(2); // serverProcess.ts kills the servers it started on exit
}, LIMIT_MS);
overrun.unref();

const out: Record<string, unknown> = {};
const timings: Record<string, number> = {};
let failed = false;
for (const { name, run } of selected) {
  const started = performance.now();
  try {
    out[name] = await run();
  } catch (err) {
    failed = true;
    out[name] = { error: err instanceof Error ? err.message : String(err) };
    console.error(`[bench] ${name} failed:`, err);
  }
  timings[name] = Math.round(performance.now() - started);
  console.error(`[bench] ${name}: ${timings[name]} ms`);
}
out.benchMs = timings;
const json = JSON.stringify(out, null, 2);
try {
  mkdirSync(`${ROOT}.bench`, { recursive: true });
  writeFileSync(`${ROOT}.bench/latest.json`, `${json}\n`);
} catch {
  // a read-only checkout still gets the JSON on stdout
}
console.log(json);
process.exit(failed ? 1 : 0);
