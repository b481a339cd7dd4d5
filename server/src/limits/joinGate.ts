import { FailureLimiter } from './failureLimiter.js';

export interface JoinGateSettings {
  /** Wrong codes from one IP in `windowMs` before its attempts are slowed. */
  maxFailures: number;
  windowMs: number;
  /** The pause before each attempt of a slowed IP is answered. */
  pauseMs: number;
  /** Attempts of a slowed IP that may wait at once; more are refused at once, unchecked. */
  maxWaiting: number;
}

/**
 * Per-IP limit on join-code guessing that lets a room in. A whole room of phones shares the venue's one public IP, so
 * right codes are not capped while the IP is in good standing. Once an IP has `maxFailures` wrong codes in the window
 * it is slowed: each of its join attempts (right or wrong: checking the code is what a guess needs) waits in one line,
 * `pauseMs` apart, and when `maxWaiting` already wait, a new attempt is refused at once without its code being looked
 * at. So guesses sent in parallel are checked no faster than one per `pauseMs` (10 a second at 100 ms, against
 * 31^6 ≈ 887 million codes), and a phone with the right code still gets in after a short wait or a retry. Phones that
 * joined before (their code and key were right once) skip the line: see KnownPhones.
 */
export class JoinGate {
  private readonly failures: FailureLimiter;
  private readonly lines = new Map<string, { tail: Promise<unknown>; waiting: number }>();

  constructor(
    private readonly settings: JoinGateSettings,
    now: () => number = Date.now,
  ) {
    this.failures = new FailureLimiter(settings.maxFailures, settings.windowMs, now);
  }

  /** Whether this IP is over its limit (its attempts wait in line). */
  throttled(ip: string): boolean {
    return this.failures.blocked(ip);
  }

  fail(ip: string): void {
    this.failures.fail(ip);
  }

  /** Runs `attempt` in this IP's line after a pause; null (attempt not run) when the line is full. */
  run<T>(ip: string, attempt: () => Promise<T>): Promise<T> | null {
    const line = this.lines.get(ip) ?? { tail: Promise.resolve(), waiting: 0 };
    if (line.waiting >= this.settings.maxWaiting) return null;
    line.waiting++;
    const turn = line.tail.then(() => new Promise((r) => setTimeout(r, this.settings.pauseMs))).then(() => attempt());
    const settled = turn
      .catch(() => undefined)
      .then(() => {
        line.waiting--;
        // Forget the line once it is empty, so the map holds only IPs with attempts waiting.
        if (line.waiting === 0 && this.lines.get(ip) === line) this.lines.delete(ip);
      });
    line.tail = settled;
    this.lines.set(ip, line);
    return turn;
  }
}
