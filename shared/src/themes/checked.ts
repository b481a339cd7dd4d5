// Reading an index the algorithm itself guarantees is there: a note's vector, a cluster's slot, a cell of the n×n
// similarity matrix. A gap there is a bug in this code, not something about the notes, so it fails with a clear
// error instead of quietly becoming 0 (which would shift themes without anyone noticing).

/** `xs[i]`, or a RangeError when there is none. */
export function at<T>(xs: ArrayLike<T>, i: number): T {
  const x = xs[i];
  return x === undefined ? outOfRange(xs, i) : x;
}

/**
 * The error `at` throws. Hot loops over typed arrays write `row[j] ?? outOfRange(row, j)`: the same check with no call
 * on the path taken (a typed array holds no undefined, so `??` only fires outside its bounds).
 */
export function outOfRange(xs: ArrayLike<unknown>, i: number): never {
  throw new RangeError(`themes: index ${i} is outside 0..${xs.length - 1}`);
}
