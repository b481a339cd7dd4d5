import { describe, expect, it } from 'vitest';
import { withSharedNeighbours } from '@kafe/shared/themes/neighbours';

// Four notes: 0 and 1 share no word (cosine 0), but both are like note 2; note 3 is like nothing.
const N = 4;
function matrixOf(pairs: readonly [number, number, number][]): Float32Array {
  const m = new Float32Array(N * N);
  for (const [a, b, s] of pairs) {
    m[a * N + b] = s;
    m[b * N + a] = s;
  }
  return m;
}
const first = matrixOf([
  [0, 2, 0.5],
  [1, 2, 0.5],
]);
const cell = (m: Float32Array, a: number, b: number): number => m[a * N + b] ?? NaN;
// withSharedNeighbours blends in place: each test hands it a copy of `first`.

describe('shared-neighbour similarity', () => {
  it('makes two notes alike when the same note is like both, though they share no word', () => {
    const blended = withSharedNeighbours(first.slice(), N, 2, 0.3);
    expect(cell(first, 0, 1)).toBe(0);
    expect(cell(blended, 0, 1)).toBeGreaterThan(0.05);
    expect(cell(blended, 1, 0)).toBe(cell(blended, 0, 1));
  });

  it('leaves a note alike nothing alike nothing, and the diagonal at 0', () => {
    const blended = withSharedNeighbours(first.slice(), N, 2, 0.3);
    for (let j = 0; j < N; j++) expect(cell(blended, 3, j)).toBe(0);
    for (let i = 0; i < N; i++) expect(cell(blended, i, i)).toBe(0);
  });

  it('with weight 0 is the first-order matrix', () => {
    expect(withSharedNeighbours(first.slice(), N, 2, 0)).toEqual(first);
  });
});
