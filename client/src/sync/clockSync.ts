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

/** Takes `count` samples `gapMs` apart and sets the offset from the best ones. */
export async function syncClock(ping: Ping, count = 8, gapMs = 60): Promise<ClockSample[]> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = clientNow();
    try {
      const reply = await ping(t0);
      const t1 = clientNow();
      samples.push({ rttMs: t1 - t0, offsetMs: reply.server - (t0 + t1) / 2 });
    } catch {
      // A lost sample is just a lost sample; the others still count.
    }
    if (i < count - 1) await new Promise((r) => setTimeout(r, gapMs));
  }
  const offset = estimateOffset(samples);
  if (offset !== null) setClockOffset(offset);
  return samples;
}
