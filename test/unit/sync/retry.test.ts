// The sync layer's one retry driver: backoff that doubles to a cap, and jitter that spreads a room's retries.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Retry } from '../../../client/src/sync/retry';

describe('Retry', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('waits 1 s, 2 s, 4 s … between failed attempts, capped, and starts over after a success', async () => {
    const at: number[] = [];
    let ok = false;
    const retry = new Retry(() => (at.push(Date.now()), Promise.resolve(ok)), 1000, 4000);
    const start = Date.now();
    retry.now();
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000 + 4000);
    expect(at.map((t) => t - start)).toEqual([0, 1000, 3000, 7000, 11000]);
    ok = true;
    await vi.advanceTimersByTimeAsync(4000);
    retry.later();
    await vi.advanceTimersByTimeAsync(1000);
    expect(at.length).toBe(7);
    retry.cancel();
  });

  it('with jitter, each wait is spread by up to that fraction either way', async () => {
    const waits: number[] = [];
    for (const r of [0, 0.5, 1]) {
      const calls: number[] = [];
      const retry = new Retry(
        () => (calls.push(Date.now()), Promise.resolve(true)),
        5000,
        5000,
        0.5,
        () => r,
      );
      const start = Date.now();
      retry.later();
      await vi.advanceTimersByTimeAsync(10_000);
      waits.push((calls[0] ?? Number.NaN) - start);
    }
    expect(waits).toEqual([2500, 5000, 7500]);
  });
});
