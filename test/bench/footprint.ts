// footprint: what `npm start` costs in time and memory with the embedded PGlite default.
//   coldStartMs    `node scripts/start.mjs` with its build stamp removed and a fresh data directory, to the printed
//                  links: the quick build (esbuild, Vite, precompress), initdb, migrations and the first workshop. A
//                  fresh clone costs this plus a cold disk cache (and `npm ci` before it).
//   warmStartMs    the same command again on the same data directory, nothing to build: to the printed links.
//   rssMB          the server process's resident memory (VmRSS), after IDLE_MS without a request: after the first
//                  start, after a restart (SIGTERM, then start again), and with 1,000 phones connected (four rooms of
//                  250, each room on its own loopback address, as behind its own NAT). npm's own process, when started
//                  as `npm start`, adds ~55 MB beside it and is not counted.
// Every child is killed if this process ends early.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, freePort, sleep } from '../e2e/serverProcess.js';
import { connectPhones, roomAddresses } from './lib/phones.js';
import { log, round } from './lib/stats.js';

const IDLE_MS = 10_000;
const PHONES = 1_000;
const ROOMS = 4;
const KEY = 'bench-organiser-key-0123456789abcdef';
const STAMP = join(ROOT, 'node_modules/.cache/kafedialog-build-stamp');

/** `node scripts/start.mjs` as `npm start` runs it, in its own process group. */
class Started {
  private constructor(
    readonly child: ChildProcess,
    readonly ms: number,
    readonly base: string,
  ) {}

  static async run(dataDir: string, port: number): Promise<Started> {
    const began = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        DATA_DIR: dataDir,
        ORGANISER_KEY: KEY,
        NODE_ENV: 'production',
      },
    });
    const reap = (): void => killGroup(child, 'SIGKILL');
    process.once('exit', reap);
    let output = '';
    const ms = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no links within 120 s:\n${output}`)), 120_000);
      const read = (chunk: Buffer): void => {
        output += chunk.toString();
        if (!output.includes('Kafédialog is running')) return;
        clearTimeout(timer);
        resolve(performance.now() - began);
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
    });
    child.stdout.resume();
    log(`started in ${round(ms, 0)} ms (${/ready in \d+ ms/.exec(output)?.[0] ?? 'no ready line'})`);
    return new Started(child, ms, `http://127.0.0.1:${port}`);
  }

  /** VmRSS of the server process, in MB. */
  rssMB(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
    if (!Number.isFinite(kb)) throw new Error('no VmRSS in /proc/<pid>/status');
    return round(kb / 1024, 0);
  }

  /** SIGTERM, as Ctrl+C would: the server closes the database cleanly. */
  async stop(): Promise<void> {
    const gone = new Promise((r) => this.child.once('exit', r));
    killGroup(this.child, 'SIGTERM');
    await Promise.race([gone, sleep(15_000)]);
    killGroup(this.child, 'SIGKILL');
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function workshop(base: string): Promise<string> {
  const r = await fetch(`${base}/api/workshops`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Bench: minne' }),
  });
  if (r.status !== 201) throw new Error(`creating a workshop gave ${r.status}`);
  const w = (await r.json()) as { joinCode: string };
  return w.joinCode;
}

export async function bench(): Promise<unknown> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kafe-bench-fp-'));
  const port = await freePort();
  let server: Started | null = null;
  try {
    rmSync(STAMP, { force: true });
    server = await Started.run(dataDir, port);
    const coldStartMs = server.ms;
    await sleep(IDLE_MS);
    const firstStart = server.rssMB();
    await server.stop();

    server = await Started.run(dataDir, port);
    const warmStartMs = server.ms;
    await sleep(IDLE_MS);
    const afterRestart = server.rssMB();

    const disconnect = await connectPhones(server.base, await workshop(server.base), PHONES, roomAddresses(ROOMS));
    await sleep(IDLE_MS);
    const withPhones = server.rssMB();
    await disconnect();
    log(
      `RSS: first start ${firstStart} MB, after a restart ${afterRestart} MB, with ${PHONES} phones ${withPhones} MB`,
    );
    return {
      coldStartMs: round(coldStartMs, 0),
      warmStartMs: round(warmStartMs, 0),
      rssMB: { firstStart, afterRestart, [`with${PHONES}Phones`]: withPhones },
    };
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
