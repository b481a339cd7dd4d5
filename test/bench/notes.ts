// Issue 4's numbers: how many notes per second one server accepts from 20 hosts, and the latency from a host's
// submit to the screen receiving the note, with 300 participant sockets connected. The server runs as its own
// process (node server/dist/main.js), so client work here does not share its event loop. Loopback only, bounded.
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { ServerProcess } from '../e2e/serverProcess.js';
import { connectPhones } from './lib/phones.js';
import { log, round, summary } from './lib/stats.js';
import { open, tokenOf } from './lib/sockets.js';

/** An ack that says the note was saved; anything else counts as a failure. */
const isOk = (ack: unknown): boolean => typeof ack === 'object' && ack !== null && 'ok' in ack && ack.ok === true;

const HOSTS = 20;
const PHONES = 300;
const NOTES_PER_HOST = 50;

export async function bench(): Promise<unknown> {
  const server = await ServerProcess.start();
  const sockets: Socket[] = [];
  let stopPhones = (): Promise<void> => Promise.resolve();
  try {
    const w = await server.createWorkshop({ title: 'Bench', tables: HOSTS });
    const fac = await open(server.base, { token: w.facilitatorToken });
    sockets.push(fac);
    await fac.timeout(5000).emitWithAck('clock:start', { opId: randomUUID() });
    const screen = await open(server.base, { token: tokenOf(w.links.screen) });
    sockets.push(screen);
    log(`connecting ${PHONES} phones…`);
    stopPhones = await connectPhones(server.base, w.joinCode, PHONES);
    const hosts = await Promise.all(
      w.links.hosts.slice(0, HOSTS).map((h) => open(server.base, { token: tokenOf(h.url) })),
    );
    sockets.push(...hosts);

    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    screen.on('events', (events: { event: { type: string; noteId?: string } }[]) => {
      const now = performance.now();
      for (const e of events) {
        const t = e.event.noteId ? sentAt.get(e.event.noteId) : undefined;
        if (e.event.type === 'note.added' && t !== undefined) latencies.push(now - t);
      }
    });
    log(`${HOSTS} hosts × ${NOTES_PER_HOST} notes…`);
    let failures = 0;
    const started = performance.now();
    await Promise.all(
      hosts.map(async (h, i) => {
        for (let n = 0; n < NOTES_PER_HOST; n++) {
          const noteId = randomUUID();
          sentAt.set(noteId, performance.now());
          const ack: unknown = await h.timeout(10_000).emitWithAck('note:add', {
            opId: randomUUID(),
            noteId,
            text: `Bord ${i + 1}: tillit gir handlingsrom ${n}`,
          });
          if (!isOk(ack)) failures++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const accepted = HOSTS * NOTES_PER_HOST - failures;
    const deadline = Date.now() + 5000;
    while (latencies.length < accepted && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    return {
      hosts: HOSTS,
      connectedPhones: PHONES,
      notesAccepted: accepted,
      refused: failures,
      notesPerSecond: round(accepted / seconds, 0),
      hostSubmitToScreenMs: summary(latencies),
      note: 'each host waits for its ack before the next note (as the outbox does); acks follow the commit to PGlite',
    };
  } finally {
    sockets.forEach((s) => s.disconnect());
    await stopPhones();
    await server.stop();
  }
}
