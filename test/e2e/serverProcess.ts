// The real server as a child process: `node server/dist/main.js` (so `npm run build` must have run), on a free
// loopback port with its own data directory. Detached into its own process group, so a test can SIGKILL it
// (the kill -9 a power cut or an OOM killer would do) and start it again on the same data directory.
//
// No Playwright here: the benchmarks use this file too.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SERVER_MAIN = join(ROOT, 'server/dist/main.js');
export const ORGANISER_KEY = 'e2e-organiser-key-0123456789abcdef';

/**
 * Builds server/dist for tests that run the server as a process of its own (so it can really be killed). `tsc -b`
 * still emits when a file has type errors, so a colleague's half-finished edit elsewhere does not stop such a test.
 */
export function buildServer(): void {
  const res = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'server'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (!existsSync(SERVER_MAIN)) throw new Error(`could not build the server:\n${res.stdout}\n${res.stderr}`);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A port nobody listens on right now (the OS picks it; we release it and hand it to the server). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface ServerOptions {
  port?: number;
  dataDir?: string;
  organiserKey?: string;
  /** Extra environment for the server. */
  env?: Record<string, string>;
  /** How long to wait for /healthz. */
  readyTimeoutMs?: number;
}

export interface CreatedWorkshop {
  id: string;
  joinCode: string;
  facilitatorToken: string;
  links: { facilitator: string; screen: string; join: string; hosts: { table: number; url: string }[] };
}

// Detached children outlive us unless killed: whatever ends this process (a failed test, Ctrl-C) kills them too.
const live = new Set<number>();
let reaperInstalled = false;
function killAll(): void {
  for (const p of live) {
    try {
      process.kill(-p, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  live.clear();
}
function track(pid: number): void {
  live.add(pid);
  if (reaperInstalled) return;
  reaperInstalled = true;
  process.once('exit', killAll);
  // A CI timeout or Ctrl-C: kill the servers, then let the signal do what it would have done.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAll();
      process.kill(process.pid, signal);
    });
  }
}

export class ServerProcess {
  readonly port: number;
  readonly base: string;
  readonly dataDir: string;
  readonly organiserKey: string;
  readonly logFile: string;
  private child: ChildProcess | null = null;
  private readonly ownsDataDir: boolean;

  private constructor(
    port: number,
    dataDir: string | undefined,
    private readonly options: ServerOptions,
  ) {
    this.port = port;
    this.base = `http://127.0.0.1:${port}`;
    this.ownsDataDir = dataDir === undefined;
    this.dataDir = dataDir ?? mkdtempSync(join(tmpdir(), 'kafe-e2e-'));
    this.organiserKey = options.organiserKey ?? ORGANISER_KEY;
    this.logFile = join(tmpdir(), `kafe-server-${port}-${process.pid}.log`);
  }

  /** A server on a free port and a fresh data directory (unless given), started and answering /healthz. */
  static async start(options: ServerOptions = {}): Promise<ServerProcess> {
    const server = await ServerProcess.create(options);
    try {
      await server.spawn();
    } catch (err) {
      await server.stop();
      throw err;
    }
    return server;
  }

  /** Like start(), without starting: call spawn(), which returns the ms from spawn to a 200 from /healthz. */
  static async create(options: ServerOptions = {}): Promise<ServerProcess> {
    if (!existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing: run \`npm run build\` first`);
    return new ServerProcess(options.port ?? (await freePort()), options.dataDir, options);
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the process (again, after kill()) and waits until /healthz answers 200. Returns ms from spawn to ready. */
  async spawn(): Promise<number> {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null)
      throw new Error('server already running');
    const log = openSync(this.logFile, 'a');
    const started = performance.now();
    const child = spawn(process.execPath, [SERVER_MAIN], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        ORGANISER_KEY: this.organiserKey,
        PUBLIC_URL: this.base,
        KAFE_NO_STARTER: '1',
        NODE_ENV: 'production',
        ...this.options.env,
      },
    });
    closeSync(log);
    this.child = child;
    if (child.pid) {
      const pid = child.pid;
      track(pid);
      child.once('exit', () => live.delete(pid));
    }
    const until = Date.now() + (this.options.readyTimeoutMs ?? 60_000);
    while (Date.now() < until) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `server exited (${child.exitCode ?? child.signalCode}) before answering /healthz:\n${this.logTail()}`,
        );
      }
      try {
        const r = await fetch(`${this.base}/healthz`, { signal: AbortSignal.timeout(2000) });
        if (r.ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await sleep(25);
    }
    await this.kill();
    throw new Error(
      `server did not answer /healthz within ${this.options.readyTimeoutMs ?? 60_000} ms:\n${this.logTail()}`,
    );
  }

  /** kill -9 (by default) the whole process group, and wait until the process is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    try {
      process.kill(-child.pid, signal);
    } catch {
      try {
        child.kill(signal);
      } catch {
        // already gone
      }
    }
    await Promise.race([gone, sleep(10_000)]);
  }

  /** kill -9, then start again on the same port and data directory. */
  async restart(): Promise<number> {
    await this.kill('SIGKILL');
    return this.spawn();
  }

  /** Stops the server and removes the data directory if this object made it. */
  async stop(): Promise<void> {
    await this.kill('SIGKILL');
    if (this.ownsDataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }

  logTail(lines = 40): string {
    try {
      return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no server log)';
    }
  }

  async api(method: string, path: string, body?: unknown, token?: string): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    return fetch(`${this.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /** POST /api/workshops with the organiser key; the definition defaults to the template. */
  async createWorkshop(body: Record<string, unknown> = { title: 'E2E kafédialog' }): Promise<CreatedWorkshop> {
    const r = await this.api('POST', '/api/workshops', body, this.organiserKey);
    if (r.status !== 201) throw new Error(`POST /api/workshops gave ${r.status}: ${await r.text()}`);
    return (await r.json()) as CreatedWorkshop;
  }
}
