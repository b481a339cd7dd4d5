// Three built server processes on one PostgreSQL behind Debian's nginx, with the repository's nginx site
// (deploy/nginx-kafedialog.conf): table hosts on different processes, a screen on each, phones (one long-polling),
// and one process killed with SIGKILL while the hosts write. Every page on it moves to the others and resumes; every
// acknowledged note is stored exactly once and every screen shows all of them in the log's order. Plus: two processes
// starting together on an empty database both start, with one organiser key and one starter workshop between them.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VisibleEvent } from '@kafe/shared/events';
import type { Presence } from '@kafe/shared/protocol';
import { lastSeqOf } from '@kafe/shared/stream';
import { buildServer, freePort, ServerProcess, sleep, type CreatedWorkshop } from '../../e2e/serverProcess.js';
import { tokenOf } from '../harness.js';
import { freshDatabase, type TestDatabase } from './database.js';
import { DurablePage } from './durablePage.js';
import { cookiesByPort, NGINX, startNginx, type Nginx } from './nginx.js';
import { testDatabaseUrl } from '../pgUrl.js';

const BASE = testDatabaseUrl();
const HOSTS = 6;
const NOTES_PER_HOST = 20;
// Presence of a killed process expires after 15 s, refreshed every 5: up to 20 s.
const WAIT_MS = 40_000;

async function until(what: string, done: () => boolean): Promise<void> {
  const end = Date.now() + WAIT_MS;
  while (!done()) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await sleep(20);
  }
}

const noteIds = (stream: readonly VisibleEvent[]): string[] =>
  stream.flatMap((e) => (e.event.type === 'note.added' ? [e.event.noteId] : []));

/** Seqs 1, 2, 3 … each once (a redacted run stands for the seqs it covers). */
function gapFree(stream: readonly VisibleEvent[]): boolean {
  let next = 1;
  for (const e of stream) {
    if (e.seq !== next) return false;
    next = lastSeqOf(e) + 1;
  }
  return true;
}

describe.skipIf(!BASE || !existsSync(NGINX))('three server processes on one PostgreSQL behind nginx', () => {
  let db: TestDatabase | undefined;
  let procs: ServerProcess[] = [];
  let nginx: Nginx | undefined;
  const pages: DurablePage[] = [];

  beforeAll(async () => {
    buildServer();
    db = await freshDatabase(BASE);
    const port = await freePort();
    const env = { DATABASE_URL: db.url, PUBLIC_URL: `http://127.0.0.1:${port}` };
    // Started together on the empty database: the migrations take turns.
    procs = await Promise.all([0, 1, 2].map(() => ServerProcess.start({ env })));
    nginx = await startNginx(
      port,
      procs.map((p) => p.port),
    );
  });

  afterAll(async () => {
    pages.forEach((p) => p.close());
    await nginx?.stop();
    await Promise.all(procs.map((p) => p.stop()));
    await db?.drop();
  });

  it('a SIGKILLed process moves its pages to the others; every acknowledged note is stored once and on every screen', async () => {
    if (!nginx || !db) throw new Error('the processes did not start');
    const proxy = nginx;
    const store = db;
    const cookies = await cookiesByPort(
      proxy.url,
      procs.map((p) => p.port),
    );
    const cookieOf = (i: number): string => cookies.get(procs[i % 3]?.port ?? 0) ?? '';
    const res = await fetch(`${proxy.url}/api/workshops`, {
      method: 'POST',
      headers: { authorization: `Bearer ${procs[0]?.organiserKey ?? ''}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Tre prosesser' }),
    });
    expect(res.status).toBe(201);
    const w = (await res.json()) as CreatedWorkshop;
    const hostToken = (t: number): string => tokenOf(w.links.hosts.find((h) => h.table === t)?.url ?? '');
    const open = (auth: Record<string, unknown>, onProcess: number, polling = false): DurablePage => {
      const page = new DurablePage(proxy.url, auth, cookieOf(onProcess), polling);
      pages.push(page);
      return page;
    };

    const facilitator = open({ token: w.facilitatorToken }, 0);
    const hosts = Array.from({ length: HOSTS }, (_, i) => open({ token: hostToken(i + 1) }, i));
    const screens = [0, 1, 2].map((i) => open({ token: tokenOf(w.links.screen) }, i));
    const phones = Array.from({ length: 9 }, (_, i) =>
      open({ joinCode: w.joinCode, participantKey: randomUUID() }, i, i === 1),
    );
    await Promise.all(pages.map((p) => p.whenOnline()));
    const everyone = (p: { presence: Presence }): boolean =>
      p.presence.participants === phones.length && p.presence.screens === 3 && p.presence.hostsOnline.length === HOSTS;
    // Every process has counted its pages (so the one to be killed has rows that must expire).
    await until('everyone counted', () => facilitator.presence.some(everyone));
    await facilitator.enqueue('clock:start', {});
    await facilitator.enqueue('clock:next', {});
    await facilitator.drain();

    // Pages on the process to be killed: host 2 and 5, the second screen, phones 1, 4, 7 (phone 1 long-polls).
    const doomed = procs[1];
    const moving = [hosts[1], hosts[4], screens[1], phones[1], phones[4], phones[7]].filter((p) => p !== undefined);
    const written: string[] = [];
    let killedAt = 0;
    await Promise.all(
      hosts.map(async (host, h) => {
        for (let n = 0; n < NOTES_PER_HOST; n++) {
          const noteId = randomUUID();
          written.push(noteId);
          await host.enqueue('note:add', { noteId, text: `Bord ${h + 1}, innspill ${n + 1}` });
          if (h === 0 && n === NOTES_PER_HOST / 2) {
            killedAt = performance.now();
            await doomed?.kill('SIGKILL');
          }
          await sleep(40);
        }
      }),
    );
    await Promise.all(hosts.map((h) => h.drain()));
    await until('every moved page to be welcomed again', () =>
      moving.every((p) => p.online && p.welcomedAt.some((t) => t > killedAt)),
    );
    const movedMs = Math.max(...moving.map((p) => (p.welcomedAt.find((t) => t > killedAt) ?? 0) - killedAt));

    // A marker after the last note: once a screen has it, it has everything before it.
    const messageId = randomUUID();
    await facilitator.enqueue('message:show', { messageId, text: 'Markør' });
    await facilitator.drain();
    const hasMarker = (p: DurablePage): boolean =>
      p.stream.some((e) => e.event.type === 'message.shown' && e.event.messageId === messageId);
    await until('the marker on every screen', () => screens.every(hasMarker));

    const stored = await store.query<{ note_id: string; copies: string }>(
      `select payload->>'noteId' as note_id, count(*) as copies from events
        where workshop_id = $1 and type = 'note.added' group by 1 order by min(seq)`,
      [w.id],
    );
    expect(stored.filter((r) => r.copies !== '1')).toEqual([]);
    expect(new Set(stored.map((r) => r.note_id))).toEqual(new Set(written));
    const inLogOrder = stored.map((r) => r.note_id);
    for (const screen of screens) {
      expect(screen.resets).toBe(0);
      expect(gapFree(screen.stream)).toBe(true);
      expect(noteIds(screen.stream)).toEqual(inLogOrder);
    }
    // Who is online counts across processes, and the killed process's counts expire: once the moved pages are
    // counted where they are now, the facilitator sees the 6 hosts, 3 screens and 9 phones, not the dead process's too.
    const movedBack = Math.max(...moving.map((p) => p.welcomedAt.find((t) => t > killedAt) ?? 0));
    await until('presence without the killed process', () =>
      facilitator.presence.some((p) => p.at > movedBack && everyone(p)),
    );
    console.info(
      facilitator.presence
        .map(
          (p) =>
            `${Math.round(p.at - killedAt)}:${p.presence.participants}/${p.presence.hostsOnline.length}/${p.presence.screens}`,
        )
        .join(' '),
    );
    // The pages on the surviving processes never noticed.
    for (const page of [hosts[0], hosts[2], screens[0], screens[2], phones[0]]) expect(page?.welcomes).toBe(1);
    console.info(
      `[multiprocess] ${written.length} notes from ${HOSTS} hosts on 3 processes; each of 3 screens saw ` +
        `${screens.map((s) => noteIds(s.stream).length).join(', ')}; ${moving.length} pages moved within ` +
        `${Math.round(movedMs)} ms of the SIGKILL`,
    );
  });
});

describe.skipIf(!BASE)('two processes starting together on an empty database', () => {
  it('both start, with one organiser key and one starter workshop between them', async () => {
    buildServer();
    const db = await freshDatabase(BASE);
    // No ORGANISER_KEY (each would generate one) and the starter workshop on (each would make one).
    const env = { DATABASE_URL: db.url, ORGANISER_KEY: '', KAFE_NO_STARTER: '0' };
    const procs = await Promise.all([ServerProcess.create({ env }), ServerProcess.create({ env })]);
    try {
      await Promise.all(procs.map((p) => p.spawn()));
      // /healthz answers as soon as a process listens; its links are printed once the starter question is settled.
      await until('both processes to print their links', () =>
        procs.every((p) => p.logTail(200).includes('Kafédialog is running on')),
      );
      const workshops = await db.query<{ n: string }>('select count(*) as n from workshops');
      expect(workshops[0]?.n).toBe('1');
      const printedKey = procs.filter((p) => p.logTail(200).includes('Organiser key (shown once'));
      expect(printedKey).toHaveLength(1);
      const keys = await db.query("select 1 from settings where key = 'organiser_key_hash'");
      expect(keys).toHaveLength(1);
    } finally {
      await Promise.all(procs.map((p) => p.stop()));
      await db.drop();
    }
  });
});
