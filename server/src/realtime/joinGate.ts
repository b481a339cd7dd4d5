import { FailureLimiter } from '../limits/failureLimiter.js';

/**
 * Per-IP limit on wrong join codes that never turns away a right one. A whole room of phones shares the venue's one
 * public IP, so a blocked IP must still let the room in; yet a plain "right codes always pass" would let a guesser go
 * on at full speed. So, once an IP has `maxFailures` wrong codes in the window, its join attempts are served one at a
 * time with a pause before each and answered "slow down"; a right code never waits (see handshake.ts). Guessing from that IP then runs at most 1000/pauseMs codes a second, against 31^6 ≈ 887
 * million codes.
 */
export class JoinGate {
  private readonly failures: FailureLimiter;
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    maxFailures: number,
    windowMs: number,
    private readonly pauseMs: number,
    now: () => number = Date.now,
  ) {
    this.failures = new FailureLimiter(maxFailures, windowMs, now);
  }

  /** Whether this IP is over its limit (its attempts wait in line). */
  throttled(ip: string): boolean {
    return this.failures.blocked(ip);
  }

  fail(ip: string): void {
    this.failures.fail(ip);
  }

  /** Runs `attempt` in this IP's line, after a pause. */
  run<T>(ip: string, attempt: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(ip) ?? Promise.resolve();
    const turn = previous.then(() => new Promise((r) => setTimeout(r, this.pauseMs))).then(() => attempt());
    const settled = turn.catch(() => undefined);
    this.queues.set(ip, settled);
    // Forget the line once it is empty, so the map holds only IPs with attempts waiting.
    void settled.then(() => {
      if (this.queues.get(ip) === settled) this.queues.delete(ip);
    });
    return turn;
  }
}
