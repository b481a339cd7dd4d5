// The report shows a participant group only when it has at least five people, so nobody can be singled out.
import { describe, expect, it } from 'vitest';
import { safeBuckets } from '@kafe/shared/participation/byGroup';

describe('groups in the report', () => {
  it('groups of five or more stand alone; smaller ones are merged into "andre"', () => {
    expect(safeBuckets({ ansatt: 12, leder: 5, tillitsvalgt: 3, bruker: 2 })).toEqual([
      { key: 'ansatt', count: 12 },
      { key: 'leder', count: 5 },
      { key: 'andre', count: 5 },
    ]);
  });

  it('a group of four is never shown on its own', () => {
    const buckets = safeBuckets({ ansatt: 20, tillitsvalgt: 4, bruker: 1 });
    expect(buckets.map((b) => b.key)).not.toContain('tillitsvalgt');
    expect(buckets.every((b) => b.count >= 5)).toBe(true);
  });

  it('a remainder under five takes the smallest shown group with it, so it cannot be worked out from the total', () => {
    expect(safeBuckets({ ansatt: 12, leder: 6, tillitsvalgt: 2 })).toEqual([
      { key: 'ansatt', count: 12 },
      { key: 'andre', count: 8 },
    ]);
  });

  it('fewer than five in all: one bucket, which the report then does not show by group', () => {
    expect(safeBuckets({ ansatt: 3, leder: 1 })).toEqual([{ key: 'andre', count: 4 }]);
  });

  it('every bucket holds at least five, whatever the counts', () => {
    for (let seed = 1; seed < 500; seed++) {
      const counts: Record<string, number> = {};
      for (const [i, key] of ['a', 'b', 'c', 'd', 'e'].entries()) counts[key] = (seed * (i + 3) * 7919) % 9;
      const buckets = safeBuckets(counts);
      const total = Object.values(counts).reduce((s, n) => s + n, 0);
      expect(buckets.reduce((s, b) => s + b.count, 0)).toBe(total);
      if (total >= 5) expect(buckets.every((b) => b.count >= 5)).toBe(true);
    }
  });
});
