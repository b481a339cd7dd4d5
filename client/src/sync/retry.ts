/**
 * The one retry driver of the sync layer: runs an attempt now and, while it reports "not done", again after a delay
 * that doubles up to a cap (1 s to 30 s for the outbox). A success resets the delay. With `jitter` (a fraction), each
 * wait is spread by up to that much either way, so a room of phones told "busy" at once does not come back at once.
 * Timers are the global ones, so tests drive it with fake timers.
 */
export class Retry {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delayMs: number;

  constructor(
    private readonly attempt: () => Promise<boolean>,
    private readonly firstMs = 1000,
    private readonly maxMs = 30_000,
    private readonly jitter = 0,
    private readonly random: () => number = Math.random,
  ) {
    this.delayMs = firstMs;
  }

  /** Tries now (cancelling a wait in progress): a welcome or the network coming back usually means "try now". */
  now(): void {
    this.cancel();
    void this.attempt().then((done) => (done ? this.reset() : this.later()));
  }

  /** Tries after the current delay, then doubles it. */
  later(): void {
    this.cancel();
    const spread = this.jitter > 0 ? 1 + this.jitter * (2 * this.random() - 1) : 1;
    this.timer = setTimeout(() => this.now(), Math.round(this.delayMs * spread));
    this.delayMs = Math.min(this.delayMs * 2, this.maxMs);
  }

  reset(): void {
    this.cancel();
    this.delayMs = this.firstMs;
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
