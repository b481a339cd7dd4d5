// One real server per test file: createApp on a fresh PGlite directory, real HTTP and real socket.io-client sockets.
import { afterAll, beforeAll } from 'vitest';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join as pathJoin } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { VisibleEvent } from '@kafe/shared/events';
import type { CommandInput } from '@kafe/shared/commands';
import { PROTOCOL_VERSION, type CommandName, type CommandResult, type Welcome } from '@kafe/shared/protocol';
import { createApp, type App, type AppDeps } from '../../server/src/app.js';
import type { CreatedWorkshop } from '../../server/src/context.js';
import type { Db } from '../../server/src/store/db.js';
import { openStore } from '../../server/src/store/open.js';
import { hashToken } from '../../server/src/workshops/secrets.js';
import { freshSchema } from './pgSchema.js';

export const KEY = `organiser-${randomUUID()}`;
/** Generous: PGlite and socket.io on a busy CI machine; waiting is not timing. */
export const WAIT_MS = 10_000;

export interface Harness {
  url: string;
  app: App;
  db: Db;
  dataDir: string;
  close(): Promise<void>;
}

/** A port nobody listens on right now (the app is then created with its final PUBLIC_URL and listens there). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * What a test may set on its app: a PostgreSQL URL, and any of the app's tunable dependencies (lower limits, a clock
 * it moves itself, a held failure pause, a short idle time).
 */
export type AppOptions = { databaseUrl?: string } & Partial<
  Pick<AppDeps, 'limits' | 'now' | 'pause' | 'idleWorkshopMs' | 'tls'>
>;

/**
 * Starts the whole server on a fresh PGlite directory (or, given a PostgreSQL URL, in a fresh schema there). Call once
 * per file (beforeAll): PGlite's first open takes seconds.
 */
export async function startApp(opts: AppOptions = {}): Promise<Harness> {
  const { databaseUrl, ...deps } = opts;
  const dataDir = mkdtempSync(pathJoin(tmpdir(), 'kafe-it-'));
  const schema = databaseUrl ? await freshSchema(databaseUrl) : null;
  const db = await openStore({ dataDir, databaseUrl: schema?.url });
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const url = `${deps.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
    const app = createApp({
      db,
      publicUrl: url,
      organiserKeyHash: hashToken(KEY),
      clientDir: '/nonexistent',
      ...deps,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        app.http.once('error', reject);
        app.http.listen(port, '127.0.0.1', () => resolve());
      });
    } catch (err) {
      await app.close();
      if (attempt < 5) continue;
      throw err;
    }
    return {
      url,
      app,
      db,
      dataDir,
      async close() {
        await app.close();
        await db.close();
        await schema?.drop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
}

/** POST /api/workshops with the organiser key; throws unless 201. */
export async function createWorkshop(
  url: string,
  body: Record<string, unknown> = { title: 'Kafédialog' },
): Promise<CreatedWorkshop> {
  const res = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`creating a workshop gave ${res.status}: ${await res.text()}`);
  return (await res.json()) as CreatedWorkshop;
}

/** The token in a role link's fragment. */
export const tokenOf = (link: string): string => new URL(link).hash.slice(1);

export const roleTokens = (w: CreatedWorkshop) => ({
  facilitator: w.facilitatorToken,
  screen: tokenOf(w.links.screen),
  host: (table: number): string => tokenOf(w.links.hosts.find((h) => h.table === table)?.url ?? ''),
});

export interface Client {
  socket: Socket;
  welcome: Promise<Welcome>;
  /** Every event received after the welcome, in arrival order. */
  events: VisibleEvent[];
  /** Resolves with the first received event (welcome backlog or live) that matches. */
  waitFor(match: (e: VisibleEvent) => boolean, what?: string): Promise<VisibleEvent>;
  /** Resolves once an event with this seq (or later) has arrived. */
  waitForSeq(seq: number): Promise<void>;
  /** Sends a command with a fresh opId (unless given) and waits for its ack. */
  send<C extends CommandName, T = CommandAck>(name: C, ...args: TestArgs<C>): Promise<CommandResult<T>>;
  close(): void;
}

export type Auth = Record<string, unknown>;

/** The last seq an event covers: a redacted run (seq … through) stands for several. */
const lastSeqCovered = (e: VisibleEvent): number =>
  'through' in e && typeof e.through === 'number' ? e.through : e.seq;
export const asRole = (token: string, lastSeq = 0): Auth => ({ v: PROTOCOL_VERSION, token, lastSeq });
export const asParticipant = (joinCode: string, participantKey: string = randomUUID(), lastSeq = 0): Auth => ({
  v: PROTOCOL_VERSION,
  joinCode,
  participantKey,
  lastSeq,
});

function open(url: string, auth: Auth): Socket {
  return io(url, { transports: ['websocket'], auth, forceNew: true, reconnection: false, timeout: WAIT_MS });
}

/** Connects a real socket.io client and starts collecting. Await `welcome` before sending: commands are registered after it. */
export function connect(url: string, auth: Auth): Client {
  const socket = open(url, auth);
  const events: VisibleEvent[] = [];
  const backlog: VisibleEvent[] = [];
  const waiters = new Set<() => void>();
  const notify = (): void => waiters.forEach((w) => w());
  const welcome = new Promise<Welcome>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no welcome within the wait')), WAIT_MS);
    socket.once('welcome', (w: Welcome) => {
      clearTimeout(timer);
      backlog.push(...w.events);
      resolve(w);
      notify();
    });
    socket.once('connect_error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
  welcome.catch(() => undefined);
  socket.on('events', (batch: VisibleEvent[]) => {
    events.push(...batch);
    notify();
  });
  const waitUntil = <T>(find: () => T | undefined, what: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const found = find();
        if (found === undefined) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`gave up waiting for ${what}`));
      }, WAIT_MS);
      waiters.add(check);
      check();
    });
  return {
    socket,
    welcome,
    events,
    waitFor: (match, what = 'an event') => waitUntil(() => [...backlog, ...events].find(match), what),
    waitForSeq: (seq) =>
      waitUntil(
        () => ([...backlog, ...events].some((e) => lastSeqCovered(e) >= seq) ? true : undefined),
        `seq ${seq}`,
      ).then(() => undefined),
    send: (name, ...args) => send(socket, name, ...args),
    close: () => void socket.disconnect(),
  };
}

/** Connects and waits for the welcome. */
export async function join(url: string, auth: Auth): Promise<Client & { w: Welcome }> {
  const c = connect(url, auth);
  return Object.assign(c, { w: await c.welcome });
}

/** What a test writes for a command: its typed input, and an opId when the test means to repeat one. */
export type TestInput<C extends CommandName> = CommandInput<C> & { opId?: string };
export type TestArgs<C extends CommandName> =
  object extends CommandInput<C> ? [payload?: TestInput<C>] : [payload: TestInput<C>];
/** What the server acknowledges for a command that appended an event (one that changed nothing acks null). */
export type CommandAck = { seq: number; duplicate?: boolean };

/** Sends a typed command with a fresh opId (unless given) and waits for its ack: a misspelled field does not compile. */
export function send<C extends CommandName, T = CommandAck>(
  socket: Socket,
  name: C,
  ...[payload]: TestArgs<C>
): Promise<CommandResult<T>> {
  return sendRaw<T>(socket, name, { opId: randomUUID(), ...payload });
}

/** The escape hatch for tests that send what the types forbid on purpose (malformed payloads, unknown fields). */
export function sendRaw<T = unknown>(socket: Socket, name: string, payload: unknown): Promise<CommandResult<T>> {
  return socket.timeout(WAIT_MS).emitWithAck(name, payload) as Promise<CommandResult<T>>;
}

/** The connect_error a handshake with `auth` gets (fails if it connects instead). */
/** The code of a refused connection (socket.io's connect_error data), or 'error' when it carries none. */
export function refusalCode(err: unknown): string {
  const data: unknown = err instanceof Error && 'data' in err ? err.data : undefined;
  return typeof data === 'object' && data !== null && 'code' in data && typeof data.code === 'string'
    ? data.code
    : 'error';
}

export function connectError(
  url: string,
  auth: unknown,
  headers?: Record<string, string>,
): Promise<Error & { data?: { code: string; message: string } }> {
  const socket = io(url, {
    transports: ['websocket'],
    auth: auth as Auth,
    forceNew: true,
    reconnection: false,
    timeout: WAIT_MS,
    ...(headers ? { extraHeaders: headers } : {}),
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      socket.disconnect();
      reject(new Error('connected, but a connect_error was expected'));
    });
    socket.once('connect_error', (err) => {
      socket.disconnect();
      resolve(err);
    });
  });
}

/** A raw HTTP request, where fetch would not let a test choose the Host or Origin header. */
export function rawRequest(
  url: string,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: u.hostname, port: u.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** A file's app, as tests use it: its URL, app and database, and the clients to close when the file is done. */
export interface FileApp {
  readonly url: string;
  readonly app: App;
  readonly db: Db;
  readonly opened: Client[];
}

/**
 * One app per test file (PGlite's first open takes seconds; each test makes its own workshop): started before the
 * file's tests, closed after them together with every client pushed to `opened`.
 */
export function useApp(opts: AppOptions = {}): FileApp {
  let h: Harness | undefined;
  const opened: Client[] = [];
  const started = (): Harness => {
    if (!h) throw new Error('the app starts in beforeAll; use it inside a test');
    return h;
  };
  beforeAll(async () => {
    h = await startApp(opts);
  });
  afterAll(async () => {
    for (const c of opened) c.close();
    await h?.close();
  });
  return {
    get url() {
      return started().url;
    },
    get app() {
      return started().app;
    },
    get db() {
      return started().db;
    },
    opened,
  };
}
