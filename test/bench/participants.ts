// participants: what joining costs a phone and the server.
//   routeJs            gzipped JavaScript the participant route (/join/<code>) loads before the question shows, per
//                      chunk: read from what Chromium actually fetched, each body gzipped here (level 9, as
//                      `gzip -9`; the server does not compress, so this is what a compressing proxy would send).
//                      Also the lazy chunks (dot voting, evaluation) a phone loads only when they open.
//   joinToQuestionMs   from page.goto(join URL) to `current-question` visible, in a fresh browser context each time
//                      (cold cache), loopback, a round running: median of 5 (all samples to stderr).
//   memory300          the server's RSS and heap (after a full GC) before and with 300 simulated phones joined
//                      (socket.io-client over loopback, 25 connecting at a time), and per phone. Read the heap for
//                      the cost of a phone: RSS is mostly PGlite's WASM memory (~0.5 GiB) and moves with GC by more
//                      than 300 phones cost, so its per-phone figure is noise (it can come out negative).
// The server is the built one (server/dist) in a child process that reports its own memory over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/src/constants.js';
import { launchBrowser } from '../e2e/harness.js';
import { freePort, sleep } from '../e2e/serverProcess.js';
import { log, median, round } from './lib/stats.js';

const PHONES = 300;
const CONNECT_AT_ONCE = 25;
const SAMPLES = 5;
const KEY = 'bench-organiser-key-0123456789abcdef';
const ASSETS = fileURLToPath(new URL('../../client/dist/assets/', import.meta.url));
const RUNNER = fileURLToPath(new URL('./participantsServer.mjs', import.meta.url));

interface Memory {
  rss: number;
  heapUsed: number;
}
const MB = 1024 * 1024;
const gz = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;

class BenchServer {
  private constructor(
    readonly base: string,
    private readonly child: ChildProcess,
    private readonly dataDir: string,
  ) {}

  static async start(): Promise<BenchServer> {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'kafe-bench-p-'));
    const child = fork(RUNNER, [JSON.stringify({ port, dataDir, organiserKey: KEY })], {
      execArgv: ['--expose-gc'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the bench server did not start within 60 s')), 60_000);
      child.once('message', () => {
        clearTimeout(timer);
        resolve();
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the bench server exited (${code})`));
      });
    });
    return new BenchServer(`http://127.0.0.1:${port}`, child, dataDir);
  }

  memory(): Promise<Memory> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no memory reading')), 10_000);
      this.child.once('message', (m: unknown) => {
        clearTimeout(timer);
        const mem = typeof m === 'object' && m !== null && 'memory' in m ? m.memory : null;
        if (
          typeof mem === 'object' &&
          mem !== null &&
          'rss' in mem &&
          'heapUsed' in mem &&
          typeof mem.rss === 'number' &&
          typeof mem.heapUsed === 'number'
        ) {
          resolve({ rss: mem.rss, heapUsed: mem.heapUsed });
        } else reject(new Error('a malformed memory reading'));
      });
      this.child.send('memory');
    });
  }

  async workshopInRound(): Promise<{ joinCode: string; join: string }> {
    const r = await fetch(`${this.base}/api/workshops`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Bench: deltakere' }),
    });
    if (r.status !== 201) throw new Error(`creating a workshop gave ${r.status}`);
    const w: unknown = await r.json();
    if (
      typeof w !== 'object' ||
      w === null ||
      !('joinCode' in w) ||
      !('facilitatorToken' in w) ||
      typeof w.joinCode !== 'string' ||
      typeof w.facilitatorToken !== 'string'
    )
      throw new Error('unexpected workshop');
    const fac = await connect(this.base, { v: PROTOCOL_VERSION, token: w.facilitatorToken, lastSeq: 0 });
    for (const name of ['clock:start', 'clock:next'])
      await fac.timeout(10_000).emitWithAck(name, { opId: randomUUID() });
    fac.disconnect();
    return { joinCode: w.joinCode, join: `${this.base}/join/${w.joinCode}` };
  }

  stop(): void {
    this.child.kill('SIGKILL');
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** A socket.io client that resolves once the server has welcomed it. */
function connect(base: string, auth: Record<string, unknown>): Promise<Socket> {
  const socket = io(base, { transports: ['websocket'], auth, forceNew: true, reconnection: false, timeout: 20_000 });
  return new Promise((resolve, reject) => {
    socket.once('welcome', () => resolve(socket));
    socket.once('connect_error', (err) => reject(err));
  });
}

/** Opens the join URL in a fresh context and collects every JS response until the question shows. */
async function openCold(browser: Browser, url: string): Promise<{ ms: number; js: Map<string, Buffer> }> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await ctx.newPage();
  const js = new Map<string, Buffer>();
  const bodies: Promise<void>[] = [];
  page.on('response', (res) => {
    if (!/\.js(\?|$)/.test(res.url())) return;
    bodies.push(
      res.body().then(
        (b) => void js.set(new URL(res.url()).pathname, b),
        () => undefined,
      ),
    );
  });
  const started = performance.now();
  await page.goto(`${url}?lang=nb`);
  await page.locator('[data-testid="current-question"]').first().waitFor({ state: 'visible', timeout: 30_000 });
  const ms = performance.now() - started;
  await Promise.all(bodies);
  await ctx.close();
  return { ms, js };
}

function lazyChunks(): Record<string, { raw: number; gzip: number }> {
  const out: Record<string, { raw: number; gzip: number }> = {};
  for (const file of readdirSync(ASSETS)) {
    if (!/^(DotVotes|Evaluation)-.*\.js$/.test(file)) continue;
    const body = readFileSync(join(ASSETS, file));
    out[file] = { raw: body.length, gzip: gz(body) };
  }
  return out;
}

export async function bench(): Promise<unknown> {
  const server = await BenchServer.start();
  const browser = await launchBrowser();
  const phones: Socket[] = [];
  try {
    const w = await server.workshopInRound();

    // Cold loads: JS of the route, and time to the question.
    const samples: number[] = [];
    let route = new Map<string, Buffer>();
    for (let i = 0; i < SAMPLES; i++) {
      const run = await openCold(browser, w.join);
      samples.push(run.ms);
      if (i === 0) route = run.js;
    }
    const chunks = [...route]
      .map(([path, body]) => ({ file: path.replace(/^\/assets\//, ''), raw: body.length, gzip: gz(body) }))
      .sort((a, b) => b.gzip - a.gzip);
    const gzipBytes = chunks.reduce((s, c) => s + c.gzip, 0);
    log(`participant route JS: ${chunks.map((c) => `${c.file} ${round(c.gzip / 1024)} KiB`).join(', ')}`);
    log(`join → question (ms, cold): ${samples.map((s) => round(s, 0)).join(', ')}`);

    // Memory with 300 phones.
    const baseline = await server.memory();
    const started = performance.now();
    for (let i = 0; i < PHONES; i += CONNECT_AT_ONCE) {
      const batch = Array.from({ length: Math.min(CONNECT_AT_ONCE, PHONES - i) }, () =>
        connect(server.base, { v: PROTOCOL_VERSION, joinCode: w.joinCode, participantKey: randomUUID(), lastSeq: 0 }),
      );
      phones.push(...(await Promise.all(batch)));
    }
    const joinMs = performance.now() - started;
    await sleep(1500); // presence and attendance timers settle
    const loaded = await server.memory();
    log(
      `${PHONES} phones joined in ${round(joinMs, 0)} ms; RSS ${round(baseline.rss / MB)} → ${round(loaded.rss / MB)} MiB, heap ${round(baseline.heapUsed / MB)} → ${round(loaded.heapUsed / MB)} MiB`,
    );

    return {
      routeJs: {
        gzipKiB: round(gzipBytes / 1024),
        gzipBytes,
        rawBytes: chunks.reduce((s, c) => s + c.raw, 0),
        budgetKiB: 100,
        chunks,
      },
      lazyJs: lazyChunks(),
      joinToQuestionMs: {
        median: round(median(samples), 0),
        min: round(Math.min(...samples), 0),
        max: round(Math.max(...samples), 0),
        samples: samples.length,
      },
      memory300: {
        phones: PHONES,
        joinAllMs: round(joinMs, 0),
        baseline: { rssMiB: round(baseline.rss / MB), heapUsedMiB: round(baseline.heapUsed / MB) },
        with300: { rssMiB: round(loaded.rss / MB), heapUsedMiB: round(loaded.heapUsed / MB) },
        perPhoneKiB: {
          rss: round((loaded.rss - baseline.rss) / 1024 / PHONES),
          heapUsed: round((loaded.heapUsed - baseline.heapUsed) / 1024 / PHONES),
        },
      },
    };
  } finally {
    phones.forEach((p) => p.disconnect());
    await browser.close().catch(() => undefined);
    server.stop();
  }
}
