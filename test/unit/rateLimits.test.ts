// Per-connection command limits and per-IP limits on wrong guesses (server/src/limits), on an injected clock.
import { describe, expect, it } from 'vitest';
import { FailureLimiter } from '../../server/src/limits/failureLimiter.js';
import { TokenBucket } from '../../server/src/limits/tokenBucket.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}
const takeAll = (bucket: TokenBucket, max = 1000): number => {
  let n = 0;
  while (n < max && bucket.take()) n++;
  return n;
};

describe('TokenBucket', () => {
  it('allows a burst, then refuses', () => {
    const c = clock();
    const bucket = new TokenBucket(15, 60, c.now);
    expect(takeAll(bucket)).toBe(60);
    expect(bucket.take()).toBe(false);
  });

  it('refills at the given rate', () => {
    const c = clock();
    const bucket = new TokenBucket(15, 60, c.now);
    takeAll(bucket);
    c.advance(1000);
    expect(takeAll(bucket)).toBe(15);
    c.advance(200);
    expect(takeAll(bucket)).toBe(3);
  });

  it('never holds more than the burst, however long it rests', () => {
    const c = clock();
    const bucket = new TokenBucket(15, 60, c.now);
    c.advance(3_600_000);
    expect(takeAll(bucket)).toBe(60);
  });

  it('a steady pace at the rate is never refused', () => {
    const c = clock();
    const bucket = new TokenBucket(15, 60, c.now);
    takeAll(bucket);
    for (let i = 0; i < 100; i++) {
      c.advance(200);
      for (let j = 0; j < 3; j++) expect(bucket.take(), `command ${i}.${j}`).toBe(true);
    }
  });
});

describe('FailureLimiter', () => {
  it('blocks a key after the maximum number of failures in the window', () => {
    const c = clock();
    const limiter = new FailureLimiter(3, 10 * 60_000, c.now);
    limiter.fail('1.2.3.4');
    limiter.fail('1.2.3.4');
    expect(limiter.blocked('1.2.3.4')).toBe(false);
    limiter.fail('1.2.3.4');
    expect(limiter.blocked('1.2.3.4')).toBe(true);
  });

  it('counts each key on its own', () => {
    const c = clock();
    const limiter = new FailureLimiter(3, 10 * 60_000, c.now);
    for (let i = 0; i < 3; i++) limiter.fail('1.2.3.4');
    expect(limiter.blocked('5.6.7.8')).toBe(false);
  });

  it('unblocks when the failures fall out of the window', () => {
    const c = clock();
    const limiter = new FailureLimiter(3, 10 * 60_000, c.now);
    for (let i = 0; i < 3; i++) limiter.fail('ip');
    c.advance(10 * 60_000 - 1);
    expect(limiter.blocked('ip')).toBe(true);
    c.advance(1);
    expect(limiter.blocked('ip')).toBe(false);
  });

  it('is a sliding window: only the recent failures count', () => {
    const c = clock();
    const limiter = new FailureLimiter(3, 10 * 60_000, c.now);
    limiter.fail('ip');
    c.advance(6 * 60_000);
    limiter.fail('ip');
    limiter.fail('ip');
    expect(limiter.blocked('ip')).toBe(true);
    c.advance(4 * 60_000);
    expect(limiter.blocked('ip')).toBe(false);
  });

  it('never caps a key that only succeeds (a room of phones behind one NAT)', () => {
    const c = clock();
    const limiter = new FailureLimiter(3, 10 * 60_000, c.now);
    for (let i = 0; i < 1000; i++) expect(limiter.blocked('venue-nat')).toBe(false);
  });

  it('keeps recent failures when it prunes a crowd of keys', () => {
    const c = clock();
    const limiter = new FailureLimiter(2, 60_000, c.now);
    limiter.fail('attacker');
    limiter.fail('attacker');
    c.advance(30_000);
    for (let i = 0; i < 10_001; i++) limiter.fail(`scan-${i}`);
    expect(limiter.blocked('attacker')).toBe(true);
    c.advance(30_000);
    expect(limiter.blocked('attacker')).toBe(false);
  });

  it('holds at most maxFailures times per key, however often a blocked address keeps guessing', () => {
    const c = clock();
    const limiter = new FailureLimiter(30, 10 * 60_000, c.now);
    for (let i = 0; i < 100_000; i++) {
      limiter.fail('guesser');
      if (i % 100 === 0) c.advance(1);
    }
    expect(limiter.blocked('guesser')).toBe(true);
    expect(limiter.held('guesser')).toBe(30);
  });

  it('stays exact past a window boundary: a burst at the end of one window and the start of the next is blocked', () => {
    const c = clock();
    const limiter = new FailureLimiter(3, 60_000, c.now);
    limiter.fail('ip');
    c.advance(59_000);
    limiter.fail('ip');
    limiter.fail('ip');
    expect(limiter.blocked('ip')).toBe(true);
    c.advance(1_000);
    // The first failure left the window; the two recent ones still count.
    expect(limiter.blocked('ip')).toBe(false);
    limiter.fail('ip');
    expect(limiter.blocked('ip')).toBe(true);
    c.advance(58_999);
    expect(limiter.blocked('ip')).toBe(true);
    c.advance(1);
    expect(limiter.blocked('ip')).toBe(false);
  });

  it('blocks again as soon as the limit is reached once more after a quiet spell', () => {
    const c = clock();
    const limiter = new FailureLimiter(2, 1000, c.now);
    for (let i = 0; i < 5; i++) limiter.fail('ip');
    c.advance(5000);
    expect(limiter.blocked('ip')).toBe(false);
    limiter.fail('ip');
    expect(limiter.blocked('ip')).toBe(false);
    limiter.fail('ip');
    expect(limiter.blocked('ip')).toBe(true);
  });
});
