// The scoring helpers used by the quality test, checked on hand-computable cases
// (the ARI values are the ones scikit-learn documents for adjusted_rand_score).
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, coverage, predictedLabels, purity } from './metrics.js';

describe('purity', () => {
  it('is 1 for a perfect clustering and the majority share otherwise', () => {
    expect(purity(['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y'])).toBe(1);
    expect(purity(['a', 'a', 'a', 'a'], ['x', 'x', 'x', 'y'])).toBe(0.75);
    expect(purity(['a', 'a', 'b', 'b', 'b'], ['x', 'y', 'y', 'y', 'x'])).toBe(3 / 5);
  });
});

describe('adjustedRandIndex', () => {
  it('is 1 for identical partitions, whatever the cluster names', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'b'], ['1', '1', '2', '2'])).toBe(1);
  });

  it('matches the documented values', () => {
    expect(adjustedRandIndex(['0', '0', '1', '2'], ['0', '0', '1', '1'])).toBeCloseTo(0.5714285714, 9);
    expect(adjustedRandIndex(['0', '1', '0', '1'], ['0', '0', '1', '1'])).toBeCloseTo(-0.5, 9);
    expect(adjustedRandIndex(['0', '1', '2', '3'], ['0', '0', '0', '0'])).toBe(0);
  });

  it('is symmetric', () => {
    const a = ['a', 'a', 'b', 'c', 'c', 'c'];
    const b = ['x', 'y', 'y', 'y', 'z', 'z'];
    expect(adjustedRandIndex(a, b)).toBeCloseTo(adjustedRandIndex(b, a), 12);
  });
});

describe('predictedLabels and coverage', () => {
  it('gives left-out notes a cluster of their own', () => {
    const themes = [{ key: 'k1', noteIds: ['a', 'b'] }];
    expect(predictedLabels(['a', 'b', 'c', 'd'], themes)).toEqual(['k1', 'k1', 'none:c', 'none:d']);
    expect(coverage(['a', 'b', 'c', 'd'], themes)).toBe(0.5);
  });
});
