// Issue 6's live numbers, against the built server in its own process (node server/dist/main.js), over loopback:
//  - hostSubmitToScreenMs: a host's note:add until the screen socket receives the note's event, while 20 tables type
//    steadily and the server recomputes themes in the background (so a slow recompute would show here);
//  - submitToThemesMs: during that stream, a note's submit until the screen receives themes recomputed with it (this
//    includes the deliberate debounce: 400 ms after the last note, at most 1.5 s into a steady stream), and how
//    many themes messages the stream caused (one per recompute, never one per note);
//  - recomputeToScreenMs: with 100, 500 and 2 000 notes in a question and the room quiet, one more note's submit until
//    the screen receives the question's new themes, minus the 400 ms debounce: compute + broadcast time.
//  - loopDelayRecompute4000: in this process, the main thread's event-loop delay during one 4 000-note recompute,
//    computed inline as the server did before (before) and on the worker pool as it does now (now).
// Notes are the synthetic Norwegian set of themes.ts (deterministic). Run alone: `node --import tsx test/bench/run.ts themesLive`.
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import type { CommandResult } from '../../shared/src/protocol.js';
import { computeThemes } from '../../shared/src/themes/index.js';
import { WorkerPool } from '../../server/src/workers/pool.js';
import { ServerProcess } from '../e2e/serverProcess.js';
import { beforeAndNow } from './lib/loopDelay.js';
import { log, median, round, summary } from './lib/stats.js';
import { syntheticNotes } from './themes.js';
import { open, tokenOf } from './lib/sockets.js';

const TABLES = 20;
const STREAM_NOTES_PER_HOST = 15;
const STREAM_GAP_MS = 250;
const SIZES = [100, 500, 2000] as const;
const LARGEST = Math.max(...SIZES);
const SAMPLES = 10;
const DEBOUNCE_MS = 400;
/** Per host while filling a question: 20 hosts × one note per 150 ms ≈ 130 notes/s, under the per-address cap. */
const FILL_GAP_MS = 150;

interface ThemesMsg {
  questionId: string;
  themes: { noteIds: string[] }[];
}
interface EventsMsg {
  event: { type: string; noteId?: string };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function addNote(host: Socket, noteId: string, text: string, round: number): Promise<void> {
  const ack = (await host
    .timeout(10_000)
    .emitWithAck('note:add', { opId: randomUUID(), noteId, text, round })) as CommandResult;
  if (!ack.ok) throw new Error(`note:add refused: ${ack.error.message}`);
}

/** One 4 000-note question's recompute, inline and on a worker thread: how long the event loop stalls for each. */
async function recomputeLoopDelay(): Promise<unknown> {
  const notes = syntheticNotes(4000, 707).map(({ id, text, starred }) => ({ id, text, starred }));
  const pool = new WorkerPool({ size: 1 });
  try {
    log('themes-live: event-loop delay during a 4 000-note recompute, inline and on the worker pool…');
    return await beforeAndNow(
      () => Promise.resolve(computeThemes(notes, { language: 'nb' })),
      () => pool.themes(notes, 'nb'),
    );
  } finally {
    await pool.close();
  }
}

export async function bench(): Promise<unknown> {
  const loopDelayRecompute4000 = await recomputeLoopDelay();
  const server = await ServerProcess.start();
  const sockets: Socket[] = [];
  try {
    const w = await server.createWorkshop({ title: 'Bench: live themes', tables: TABLES });
    const screen = await open(server.base, { token: tokenOf(w.links.screen) });
    const hosts = await Promise.all(w.links.hosts.map((h) => open(server.base, { token: tokenOf(h.url) })));
    sockets.push(screen, ...hosts);
    const texts = syntheticNotes(STREAM_NOTES_PER_HOST * TABLES + LARGEST + SIZES.length * SAMPLES + 10, 606).map(
      (n) => n.text,
    );
    let next = 0;
    const text = (): string => texts[next++ % texts.length] ?? 'Tillit gir handlingsrom';

    // Everything the screen receives, timed on arrival.
    const eventAt = new Map<string, number>();
    const themesLog: { at: number; msg: ThemesMsg }[] = [];
    screen.on('events', (events: EventsMsg[]) => {
      const now = performance.now();
      for (const e of events) if (e.event.type === 'note.added' && e.event.noteId) eventAt.set(e.event.noteId, now);
    });
    screen.on('themes', (msg: ThemesMsg) => themesLog.push({ at: performance.now(), msg }));

    // 1. A steady stream: every table writes a note every 250 ms into question 1.
    log(`themes-live: ${TABLES} tables × ${STREAM_NOTES_PER_HOST} notes, one every ${STREAM_GAP_MS} ms each…`);
    const sentAt = new Map<string, number>();
    const streamStart = themesLog.length;
    await Promise.all(
      hosts.map(async (host, i) => {
        await sleep((i * STREAM_GAP_MS) / TABLES);
        for (let n = 0; n < STREAM_NOTES_PER_HOST; n++) {
          const noteId = randomUUID();
          sentAt.set(noteId, performance.now());
          await addNote(host, noteId, text(), 1);
          await sleep(STREAM_GAP_MS);
        }
      }),
    );
    await sleep(2000);
    const toScreen = [...sentAt].flatMap(([id, t]) => (eventAt.has(id) ? [(eventAt.get(id) ?? t) - t] : []));
    const streamThemes = themesLog.slice(streamStart).filter((x) => x.msg.questionId === 'q1');
    // Messages keep socket order, so the first themes after a note's event were computed with that note.
    const toThemes = [...sentAt].flatMap(([id, t]) => {
      const seen = eventAt.get(id);
      const first = seen === undefined ? undefined : streamThemes.find((x) => x.at >= seen);
      return first ? [first.at - t] : [];
    });
    const gaps = streamThemes.slice(1).map((x, i) => x.at - (streamThemes[i]?.at ?? x.at));

    // 2. A quiet room, a big question: one more note, until its new themes reach the screen.
    const recompute: Record<string, number> = {};
    let recomputeLargest: number[] = [];
    let filled = 0;
    for (const size of SIZES) {
      log(`themes-live: filling question 2 to ${size} notes…`);
      const want = size - filled;
      await Promise.all(
        hosts.map(async (host, i) => {
          // Paced: the server caps commands per address (200/s after a burst of 1 000), and every bench host is on loopback.
          for (let n = i; n < want; n += TABLES) {
            await addNote(host, randomUUID(), text(), 2);
            await sleep(FILL_GAP_MS);
          }
        }),
      );
      filled = size;
      await sleep(2500);
      const samples: number[] = [];
      for (let s = 0; s < SAMPLES; s++) {
        const host = hosts[s % hosts.length];
        if (!host) break;
        const before = themesLog.length;
        const t0 = performance.now();
        await addNote(host, randomUUID(), text(), 2);
        filled++;
        const deadline = Date.now() + 10_000;
        while (!themesLog.slice(before).some((x) => x.msg.questionId === 'q2') && Date.now() < deadline) await sleep(2);
        const got = themesLog.slice(before).find((x) => x.msg.questionId === 'q2');
        // A note that changes no theme (a loner) is not re-sent: those samples are left out.
        if (got) samples.push(got.at - t0 - DEBOUNCE_MS);
        await sleep(800);
      }
      recompute[String(size)] = samples.length ? round(median(samples), 0) : Number.NaN;
      if (size === LARGEST) recomputeLargest = samples;
    }

    return {
      tables: TABLES,
      streamNotes: sentAt.size,
      hostSubmitToScreenMs: summary(toScreen),
      submitToThemesMs: summary(toThemes, 0),
      themesDuringStream: { messages: streamThemes.length, maxGapMs: gaps.length ? round(Math.max(...gaps), 0) : null },
      recomputeToScreenMs: recompute,
      // With the debounce put back: what a facilitator waits, note to new themes, in a quiet room of LARGEST notes.
      noteToThemesLargestMs: recomputeLargest.length
        ? summary(
            recomputeLargest.map((ms) => ms + DEBOUNCE_MS),
            0,
          )
        : null,
      loopDelayRecompute4000,
      note: `submitToThemes includes the ${DEBOUNCE_MS} ms debounce (max wait 1500 ms in a steady stream); recomputeToScreen subtracts it`,
    };
  } finally {
    sockets.forEach((s) => s.disconnect());
    await server.stop();
  }
}
