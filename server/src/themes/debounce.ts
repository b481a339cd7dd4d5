/**
 * Runs a task per key a moment after the last call, but no later than `maxWaitMs` after the first call of a burst:
 * a table typing steadily still sees its themes move every ~1.5 s, and no keystroke-sized change costs a recompute.
 */
export class Debouncer {
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; firstAt: number }>();

  constructor(
    private readonly delayMs: number,
    private readonly maxWaitMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Schedules `run` for `key`, replacing what was scheduled; `urgent` runs it on the next turn of the event loop. */
  schedule(key: string, run: () => void, urgent = false): void {
    const at = this.now();
    const previous = this.pending.get(key);
    if (previous) clearTimeout(previous.timer);
    const firstAt = previous?.firstAt ?? at;
    const wait = urgent ? 0 : Math.max(0, Math.min(this.delayMs, firstAt + this.maxWaitMs - at));
    const timer = setTimeout(() => {
      this.pending.delete(key);
      run();
    }, wait);
    // Never keep the process alive for a recompute nobody waits for.
    timer.unref();
    this.pending.set(key, { timer, firstAt });
  }

  isPending(key: string): boolean {
    return this.pending.has(key);
  }

  /** Drops what is scheduled for the keys that `matches` picks, without running it. */
  cancelWhere(matches: (key: string) => boolean): void {
    for (const [key, { timer }] of this.pending) {
      if (!matches(key)) continue;
      clearTimeout(timer);
      this.pending.delete(key);
    }
  }

  close(): void {
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
