interface Entry {
  /** The last computation started (recompute or newcomer's snapshot); each gets the next number. */
  started: number;
  /** The computation whose themes are in the cache (and were published). */
  applied: number;
  /** Computations below this started before a note left the screen: their themes may still show its words. */
  floor: number;
  /** Recomputes (not snapshots) under way: they will publish to everyone. */
  recomputing: number;
}

/**
 * Per question, which computation is which. Themes are computed on another thread and arrive later and in any order,
 * so a result is used only if nothing newer was used already and no note it included has left the screen since.
 */
export class Generations {
  private readonly entries = new Map<string, Entry>();

  begin(key: string, recompute: boolean): number {
    const e = this.entry(key);
    if (recompute) e.recomputing++;
    return ++e.started;
  }

  /** A recompute's result arrived (or failed): it no longer holds a snapshot back from the cache. */
  endRecompute(key: string): void {
    this.entry(key).recomputing--;
  }

  /** A note left the screen: whatever was started until now is stale. */
  invalidate(key: string): void {
    const e = this.entry(key);
    e.floor = e.started + 1;
  }

  isStale(key: string, generation: number): boolean {
    return generation < this.entry(key).floor;
  }

  /** A newer computation's themes are in the cache already. */
  isSuperseded(key: string, generation: number): boolean {
    return generation <= this.entry(key).applied;
  }

  isRecomputing(key: string): boolean {
    return this.entry(key).recomputing > 0;
  }

  applied(key: string, generation: number): void {
    this.entry(key).applied = generation;
  }

  /** Forgets the keys that `matches` picks (their workshop left memory; results still under way check for that). */
  forgetWhere(matches: (key: string) => boolean): void {
    for (const key of this.entries.keys()) if (matches(key)) this.entries.delete(key);
  }

  private entry(key: string): Entry {
    let e = this.entries.get(key);
    if (!e) {
      e = { started: 0, applied: 0, floor: 0, recomputing: 0 };
      this.entries.set(key, e);
    }
    return e;
  }
}
