/**
 * The one retry driver of the sync layer: runs an attempt now and, while it reports "not done", again after a delay
 * that doubles up to a cap (1 s to 30 s for the outbox). A success resets the delay. Timers are the global ones, so
 * tests drive it with fake timers.
 */
export class Retry {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delayMs: number;

  constructor(
    private readonly attempt: () => Promise<boolean>,
    private readonly firstMs = 1000,
    private readonly maxMs = 30_000,
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
    this.timer = setTimeout(() => this.now(), this.delayMs);
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
