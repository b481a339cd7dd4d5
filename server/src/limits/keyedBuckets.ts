import { TokenBucket } from './tokenBucket.js';

/**
 * One token bucket per key (an IP, a participant, a credential): a rate limit that follows a person or an address
 * across all of its sockets, where a bucket per socket would multiply with every extra connection. A key whose bucket
 * has filled up again holds nothing worth keeping, so the map is pruned of those when it grows.
 */
export class KeyedBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
    private readonly pruneAbove = 10_000,
  ) {}

  take(key: string): boolean {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.pruneAbove) this.prune();
      bucket = new TokenBucket(this.perSecond, this.burst, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket.take();
  }

  get size(): number {
    return this.buckets.size;
  }

  private prune(): void {
    for (const [key, bucket] of this.buckets) if (bucket.isFull()) this.buckets.delete(key);
  }
}
