// How long the main thread's event loop stalls while some work runs: what a socket waiting for its ack would feel.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { round } from './stats.js';

export interface LoopDelay {
  /** Wall time of the work. */
  tookMs: number;
  /** Event-loop delay while it ran (sampled every 5 ms). */
  p99Ms: number;
  maxMs: number;
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

export async function loopDelayDuring(work: () => Promise<unknown>): Promise<LoopDelay> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  // The monitor's timer must be running before the work starts, or a block right away goes unseen.
  await settle();
  const t = performance.now();
  await work();
  const tookMs = performance.now() - t;
  // Work done synchronously would resolve before the delayed sample is taken: give the monitor its turn.
  await settle();
  histogram.disable();
  return { tookMs: round(tookMs), p99Ms: round(histogram.percentile(99) / 1e6), maxMs: round(histogram.max / 1e6) };
}

/** The same work inline (before: on the event loop) and on the worker pool (now), each warmed up once first. */
export async function beforeAndNow(
  inline: () => Promise<unknown>,
  pooled: () => Promise<unknown>,
): Promise<{ before: LoopDelay; now: LoopDelay }> {
  await inline();
  const before = await loopDelayDuring(inline);
  await pooled();
  const now = await loopDelayDuring(pooled);
  return { before, now };
}
