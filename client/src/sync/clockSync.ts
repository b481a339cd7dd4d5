import type { TimeSyncReply } from '@kafe/shared/protocol';
import { clientNow, setClockOffset } from './serverClock';

export interface ClockSample {
  rttMs: number;
  offsetMs: number;
}

/** NTP-style: the server's time sits in the middle of the round trip; the samples with the lowest RTT are the least skewed by queues. */
export function estimateOffset(samples: readonly ClockSample[], keep = 3): number | null {
  if (samples.length === 0) return null;
  const best = [...samples].sort((a, b) => a.rttMs - b.rttMs).slice(0, keep);
  const offsets = best.map((s) => s.offsetMs).sort((a, b) => a - b);
  return offsets[Math.floor(offsets.length / 2)] ?? null;
}

type Ping = (t0: number) => Promise<TimeSyncReply>;

/**
 * Sends `count` pings `gapMs` apart without waiting for each answer (on a 4G link a strict ping-pong would take
 * seconds), and sets the offset from the best samples once all have answered or timed out.
 */
export async function syncClock(ping: Ping, count = 8, gapMs = 40): Promise<ClockSample[]> {
  const one = async (delayMs: number): Promise<ClockSample | null> => {
    await new Promise((r) => setTimeout(r, delayMs));
    const t0 = clientNow();
    try {
      const reply = await ping(t0);
      const t1 = clientNow();
      return { rttMs: t1 - t0, offsetMs: reply.server - (t0 + t1) / 2 };
    } catch {
      // A lost sample is just a lost sample; the others still count.
      return null;
    }
  };
  const samples = (await Promise.all(Array.from({ length: count }, (_, i) => one(i * gapMs)))).filter(
    (s): s is ClockSample => s !== null,
  );
  const offset = estimateOffset(samples);
  if (offset !== null) setClockOffset(offset);
  return samples;
}
