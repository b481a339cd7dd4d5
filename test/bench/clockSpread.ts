// clockSpread: do 200 devices with different network delays flip their countdown seconds together?
//
// A running server (built output, fresh PGlite dir) and 200 socket.io-client connections over loopback: 1 screen,
// 10 table hosts, the rest participant phones. Each simulated device has
//   - its own wrong wall clock (skew up to ±120 s, like a phone set by hand), and
//   - its own one-way network delay, drawn once from 0–150 ms, plus per-message exponential jitter (mean 3 ms + 10 %
//     of the delay, capped at 100 ms), applied to its time-sync pings in both directions (setTimeout before the emit
//     and before the ack is handled).
// Each runs the client's NTP-style sync (8 samples 60 ms apart; estimateOffset keeps the 3 lowest-RTT samples and
// takes the median offset), all 200 at once, as after a server restart. The estimate is imported from
// client/src/sync/clockSync.ts when it loads under tsx; otherwise the same rule is reimplemented here.
//
// Reported:
//   offsetErrorMs          |estimated offset − true offset| over the devices (true offset: server clock − device clock)
//   firstSampleErrorMs     the same if a device trusted its first sample alone (what the filtering buys)
//   flipSpreadMs           after clock:start, each device computes when it flips to the next displayed second of the
//                          current segment's deadline (timelineAt): max − min of those instants in server time, and
//                          the spread between the 1st and 99th percentile device
//   scheduledFlips         the same measured by running Countdown.tsx's timer loop for ~4 s on every device; all 200
//                          share this process's event loop, so this includes timer queueing a real phone would not have
import { randomBytes, randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/src/constants.js';
import type { VisibleEvent } from '../../shared/src/events.js';
import type { TimeSyncReply } from '../../shared/src/protocol.js';
import { applyAll, emptyState } from '../../shared/src/reducer.js';
import type { WorkshopState } from '../../shared/src/state.js';
import { formatRemaining } from '../../shared/src/time.js';
import { timelineAt } from '../../shared/src/timeline.js';
import { ServerProcess, sleep } from '../e2e/serverProcess.js';
import { log, percentile, rng, round, summary } from './lib/stats.js';
import { must } from '../fixtures/must.js';

const CLIENTS = 200;
const HOSTS = 10;
const MAX_DELAY_MS = 150;
const MAX_SKEW_MS = 120_000;
const SAMPLES = 8;
const SAMPLE_GAP_MS = 60;
const KEEP = 3;
const CONNECT_CONCURRENCY = 25;
const SCHEDULED_FLIP_WINDOW_MS = 4_000;

interface ClockSample {
  rttMs: number;
  offsetMs: number;
}
type Estimate = (samples: readonly ClockSample[], keep?: number) => number | null;

/** The rule of client/src/sync/clockSync.ts, for when that module cannot be loaded here. */
const reimplemented: Estimate = (samples, keep = KEEP) => {
  if (samples.length === 0) return null;
  const best = [...samples].sort((a, b) => a.rttMs - b.rttMs).slice(0, keep);
  const offsets = best.map((s) => s.offsetMs).sort((a, b) => a - b);
  return offsets[Math.floor(offsets.length / 2)] ?? null;
};

async function loadEstimator(): Promise<{ estimate: Estimate; source: string }> {
  // A computed specifier: the client is a separate TypeScript project (bundler resolution), so the test project's
  // type check must not follow this import; at run time tsx loads it like any module.
  const url = new URL('../../client/src/sync/clockSync.ts', import.meta.url).href;
  try {
    const mod = (await import(url)) as { estimateOffset?: unknown };
    if (typeof mod.estimateOffset === 'function')
      return { estimate: mod.estimateOffset as Estimate, source: 'client/src/sync/clockSync.ts estimateOffset' };
  } catch (err) {
    log(
      'could not import client/src/sync/clockSync.ts, using the reimplementation:',
      err instanceof Error ? err.message : err,
    );
  }
  return { estimate: reimplemented, source: 'reimplemented (clockSync.ts did not import)' };
}

const perfNow = (): number => performance.timeOrigin + performance.now();
/** Server time is Date.now() in the server process; this process reads the same system clock. */
function wallMinusPerf(): number {
  let sum = 0;
  for (let i = 0; i < 50; i++) sum += Date.now() - perfNow();
  return sum / 50;
}

interface Device {
  index: number;
  role: 'screen' | 'host' | 'participant';
  socket: Socket;
  delayMs: number;
  jitterMeanMs: number;
  skewMs: number;
  random: () => number;
  samples: ClockSample[];
  lost: number;
  estimate: number | null;
}

function connect(base: string, auth: Record<string, unknown>): Promise<{ socket: Socket; events: VisibleEvent[] }> {
  return new Promise((resolve, reject) => {
    const socket = io(base, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout: 10_000,
      auth: { v: PROTOCOL_VERSION, lastSeq: 0, ...auth },
    });
    const timer = setTimeout(() => {
      socket.disconnect();
      reject(new Error('no welcome within 15 s'));
    }, 15_000);
    socket.once('welcome', (w: { events: VisibleEvent[] }) => {
      clearTimeout(timer);
      resolve({ socket, events: w.events });
    });
    socket.once('connect_error', (err: Error) => {
      clearTimeout(timer);
      socket.disconnect();
      reject(err);
    });
  });
}

const fragment = (url: string): string => decodeURIComponent(new URL(url).hash.slice(1));

/** One-way delay for one message: the device's base delay plus exponential jitter. */
function oneWay(d: Device): number {
  const jitter = Math.min(100, -Math.log(1 - d.random()) * d.jitterMeanMs);
  return d.delayMs + jitter;
}

async function syncDevice(d: Device, estimate: Estimate): Promise<void> {
  const local = (): number => perfNow() + d.skewMs;
  const ping = (t0: number): Promise<TimeSyncReply> =>
    new Promise((resolve, reject) => {
      setTimeout(() => {
        (d.socket.timeout(3_000).emitWithAck('time:sync', t0) as Promise<TimeSyncReply>).then(
          (reply) => setTimeout(() => resolve(reply), oneWay(d)),
          reject,
        );
      }, oneWay(d));
    });
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = local();
    try {
      const reply = await ping(t0);
      const t1 = local();
      d.samples.push({ rttMs: t1 - t0, offsetMs: reply.server - (t0 + t1) / 2 });
    } catch {
      d.lost++;
    }
    if (i < SAMPLES - 1) await sleep(SAMPLE_GAP_MS);
  }
  d.estimate = estimate(d.samples, KEEP);
}

/** Countdown.tsx's loop on one device: returns [displayed text, true server time of the flip] for each change. */
function runCountdown(
  d: Device,
  endsAt: number,
  trueOffset: (localMs: number) => number,
  untilTrue: number,
): Promise<[string, number][]> {
  const est = d.estimate ?? 0;
  const serverNow = (): number => perfNow() + d.skewMs + est;
  const flips: [string, number][] = [];
  return new Promise((resolve) => {
    let last = '';
    const tick = (): void => {
      const localNow = perfNow() + d.skewMs;
      const remaining = endsAt - serverNow();
      const text = formatRemaining(remaining);
      const trueNow = trueOffset(localNow);
      if (text !== last) {
        if (last !== '') flips.push([text, trueNow]);
        last = text;
      }
      if (trueNow >= untilTrue) {
        resolve(flips);
        return;
      }
      const intoSecond = ((remaining % 1000) + 1000) % 1000;
      setTimeout(tick, intoSecond === 0 ? 1000 : intoSecond + 0.5);
    };
    tick();
  });
}

export async function bench(): Promise<unknown> {
  const { estimate, source } = await loadEstimator();
  const server = await ServerProcess.start();
  const devices: Device[] = [];
  let facilitator: Socket | null = null;
  try {
    const w = await server.createWorkshop({ title: 'Bench: klokkespredning' });

    // The facilitator's view of the workshop: the deadline comes from the same events and timelineAt as on every page.
    let events: VisibleEvent[] = [];
    const fac = await connect(server.base, { token: w.facilitatorToken });
    facilitator = fac.socket;
    events = fac.events;
    facilitator.on('events', (more: VisibleEvent[]) => {
      events = events.concat(more);
    });
    const stateOf = (): WorkshopState => {
      const bySeq = new Map(events.map((e) => [e.seq, e]));
      return applyAll(
        emptyState(),
        [...bySeq.values()].sort((a, b) => a.seq - b.seq),
      );
    };

    const random = rng(20_240_611);
    const connectStarted = performance.now();
    for (let start = 0; start < CLIENTS; start += CONNECT_CONCURRENCY) {
      const batch = Array.from({ length: Math.min(CONNECT_CONCURRENCY, CLIENTS - start) }, (_, k) => start + k);
      const made = await Promise.all(
        batch.map(async (index) => {
          const role: Device['role'] = index === 0 ? 'screen' : index <= HOSTS ? 'host' : 'participant';
          const auth =
            role === 'screen'
              ? { token: fragment(w.links.screen) }
              : role === 'host'
                ? { token: fragment(must(w.links.hosts[index - 1]).url) }
                : { joinCode: w.joinCode, participantKey: randomBytes(18).toString('base64url') };
          const { socket } = await connect(server.base, auth);
          const delayMs = random() * MAX_DELAY_MS;
          const device: Device = {
            index,
            role,
            socket,
            delayMs,
            jitterMeanMs: 3 + delayMs * 0.1,
            skewMs: (random() * 2 - 1) * MAX_SKEW_MS,
            random: rng(1000 + index),
            samples: [],
            lost: 0,
            estimate: null,
          };
          return device;
        }),
      );
      devices.push(...made);
    }
    const connectMs = performance.now() - connectStarted;
    log(`${devices.length} devices connected in ${round(connectMs, 0)} ms`);

    const ack = (await facilitator.timeout(10_000).emitWithAck('clock:start', { opId: randomUUID() })) as {
      ok: boolean;
      error?: unknown;
    };
    if (!ack.ok) throw new Error(`clock:start refused: ${JSON.stringify(ack.error)}`);
    const until = Date.now() + 10_000;
    while (!stateOf().clock.some((c) => c.event.type === 'clock.started') && Date.now() < until) await sleep(20);
    const state = stateOf();
    if (!state.definition) throw new Error('the facilitator has no workshop definition');
    const timeline = timelineAt(state.definition, state.clock, Date.now());
    const endsAt = timeline.endsAt;
    if (endsAt === null) throw new Error(`after clock:start the timeline has no deadline (status ${timeline.status})`);

    const syncStarted = performance.now();
    await Promise.all(devices.map((d) => syncDevice(d, estimate)));
    const syncMs = performance.now() - syncStarted;

    // True offset of a device = server clock − device clock = (Date.now() − perfNow()) − skew.
    const wmp = wallMinusPerf();
    const synced = devices.filter((d) => d.estimate !== null);
    const trueOffsetOf = (d: Device): number => wmp - d.skewMs;
    const errors = synced.map((d) => must(d.estimate) - trueOffsetOf(d));
    const firstErrors = synced
      .filter((d) => d.samples.length > 0)
      .map((d) => must(d.samples[0]).offsetMs - trueOffsetOf(d));

    // When does each device flip to the next displayed second? In its own clock: when endsAt − (local + estimate)
    // crosses a whole second; converted to server time with its true offset.
    const reference = Date.now() + 1_500;
    const k = Math.floor((endsAt - reference) / 1000);
    const boundary = endsAt - k * 1000; // first server-second boundary of this countdown at or after `reference`
    const flipAt = synced.map((d) => {
      const localFlip = boundary - must(d.estimate); // the device's local time at which its serverNow() reads `boundary`
      return localFlip + trueOffsetOf(d);
    });
    const sortedFlips = [...flipAt].sort((a, b) => a - b);
    const flipSpread = must(sortedFlips.at(-1)) - must(sortedFlips[0]);
    const flipSpreadP1P99 = percentile(flipAt, 0.99) - percentile(flipAt, 0.01);

    // The real timer loop, all devices at once.
    const untilTrue = Date.now() + SCHEDULED_FLIP_WINDOW_MS;
    const runs = await Promise.all(
      synced.map((d) => runCountdown(d, endsAt, (localMs) => localMs + trueOffsetOf(d), untilTrue)),
    );
    const byText = new Map<string, number[]>();
    for (const flips of runs) for (const [text, at] of flips) byText.set(text, [...(byText.get(text) ?? []), at]);
    const common = [...byText.entries()].filter(([, ats]) => ats.length === synced.length);
    const scheduledSpreads = common.map(([, ats]) => Math.max(...ats) - Math.min(...ats));
    const lateness = common.flatMap(([text, ats]) => {
      // The ideal instant of this text: the boundary where the remaining time drops to it.
      const secs = text.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
      const ideal = endsAt - secs * 1000;
      return ats.map((at) => at - ideal);
    });

    return {
      clients: devices.length,
      roles: { screen: 1, hosts: HOSTS, participants: devices.length - 1 - HOSTS },
      estimator: source,
      simulated: {
        oneWayDelayMs: `0–${MAX_DELAY_MS} per device, + exponential jitter per message (mean 3 ms + 10 % of the delay, cap 100 ms)`,
        deviceClockSkewMs: `±${MAX_SKEW_MS}`,
        samples: SAMPLES,
        keepLowestRtt: KEEP,
      },
      connectMs: round(connectMs, 0),
      syncAllMs: round(syncMs, 0),
      lostSamples: devices.reduce((n, d) => n + d.lost, 0),
      unsynced: devices.length - synced.length,
      offsetErrorMs: summary(errors.map(Math.abs)),
      firstSampleErrorMs: summary(firstErrors.map(Math.abs)),
      flipSpreadMs: round(flipSpread),
      flipSpreadP1P99Ms: round(flipSpreadP1P99),
      scheduledFlips: {
        flipsSeenByAll: common.length,
        spreadMs: common.length ? summary(scheduledSpreads) : null,
        latenessMs: lateness.length ? summary(lateness) : null,
      },
    };
  } finally {
    for (const d of devices) d.socket.disconnect();
    facilitator?.disconnect();
    await server.stop();
  }
}
