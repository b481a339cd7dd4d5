/**
 * Counts failures (wrong tokens, wrong join codes) per key, usually an IP, in a sliding window. Only failures count:
 * a whole room of phones shares one public IP behind the venue's NAT, so successful joins are never capped.
 *
 * A key is blocked once `maxFailures` failures fall within the window, which is exactly when its `maxFailures`-th most
 * recent failure does. So only the last `maxFailures` times are kept, in a ring: memory per key is fixed however fast
 * someone guesses (a blocked guesser keeps failing), and the window stays exact, with no fixed-window edge where twice
 * the limit slips through.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, Ring>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  blocked(key: string): boolean {
    const ring = this.failures.get(key);
    return ring !== undefined && this.maxFailures > 0 && ring.count >= this.maxFailures && this.recent(ring.oldest());
  }

  fail(key: string): void {
    if (this.maxFailures <= 0) return;
    let ring = this.failures.get(key);
    if (!ring) {
      if (this.failures.size >= 10_000) this.prune();
      ring = new Ring(this.maxFailures);
      this.failures.set(key, ring);
    }
    ring.push(this.now());
  }

  /** How many failure times are held for `key`: never more than maxFailures (what the memory bound promises). */
  held(key: string): number {
    return this.failures.get(key)?.count ?? 0;
  }

  private recent(t: number): boolean {
    return t > this.now() - this.windowMs;
  }

  /** Keys whose latest failure left the window can no longer be blocked: forget them. */
  private prune(): void {
    for (const [key, ring] of this.failures) if (!this.recent(ring.newest())) this.failures.delete(key);
  }
}

/** The last `size` failure times of one key, oldest overwritten first. */
class Ring {
  private readonly times: Float64Array;
  private next = 0;
  count = 0;

  constructor(size: number) {
    this.times = new Float64Array(size);
  }

  push(t: number): void {
    this.times[this.next] = t;
    this.next = (this.next + 1) % this.times.length;
    this.count = Math.min(this.count + 1, this.times.length);
  }

  /** The oldest time held: once the ring is full, the `size`-th most recent failure. */
  oldest(): number {
    return this.times[this.count < this.times.length ? 0 : this.next] ?? 0;
  }

  newest(): number {
    return this.times[(this.next - 1 + this.times.length) % this.times.length] ?? 0;
  }
}
