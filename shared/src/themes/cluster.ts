// Grouping notes into themes: agglomerative clustering, average linkage, cut at a
// similarity threshold.
//
// Why this and not k-means: the number of themes is not known in advance and changes as
// notes arrive; a threshold ("notes this similar belong together") is stable where a k
// is not, and needs no random init. Average linkage, because single linkage chains
// unrelated notes through one shared word ("tid"), and complete linkage splits a theme as
// soon as two members share nothing — common with 5-word notes.
//
// Algorithm: the nearest-neighbour chain (Murtagh 1983), O(n²) time on the dense n×n
// similarity matrix of similarity.ts. Average linkage is "reducible", so the chain builds
// exactly the dendrogram the naive O(n³) loop would. n = 2 000 notes → 16 MB and ~10⁷
// steps; memory grows as n², so around 5 000 notes in one question (100 MB) this design
// would need replacing (e.g. by clustering a sample and assigning the rest).
// Determinism: items are in the caller's canonical order and every tie goes to the chain
// predecessor, else the lowest index.
import { at, outOfRange } from './checked.js';
import { similarityMatrix } from './similarity.js';
import type { SparseVector } from './tfidf.js';

export interface Merge {
  a: number; // surviving representative index
  b: number; // absorbed index
  similarity: number;
}

/** Every merge of the average-linkage dendrogram (n − 1 of them), in the order made. */
export function nnChain(matrix: Float32Array, n: number): Merge[] {
  if (matrix.length !== n * n)
    throw new RangeError(`nnChain: a ${n}×${n} matrix has ${n * n} cells, not ${matrix.length}`);
  const size = new Int32Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const merges: Merge[] = [];
  const chain: number[] = [];
  let nextStart = 0; // lowest index that may still be active
  for (let remaining = n; remaining > 1;) {
    if (chain.length === 0) {
      while (active[nextStart] === 0) nextStart++;
      chain.push(nextStart);
    }
    const a = at(chain, chain.length - 1);
    const previous = chain.length > 1 ? at(chain, chain.length - 2) : -1;
    let best = -1;
    let bestSim = -Infinity;
    const row = a * n;
    for (let b = 0; b < n; b++) {
      if (b === a || active[b] === 0) continue;
      const s = matrix[row + b] ?? outOfRange(matrix, row + b);
      if (s > bestSim) {
        bestSim = s;
        best = b;
      }
    }
    // Prefer the predecessor on ties; that is what guarantees the chain terminates.
    if (previous >= 0 && at(matrix, row + previous) >= bestSim) best = previous;
    if (best !== previous) {
      chain.push(best);
      continue;
    }
    chain.length -= 2;
    const keep = Math.min(a, best);
    const drop = Math.max(a, best);
    merges.push({ a: keep, b: drop, similarity: at(matrix, row + best) });
    // Lance–Williams update for average linkage: size-weighted mean of the two rows.
    const sk = at(size, keep);
    const sd = at(size, drop);
    for (let k = 0; k < n; k++) {
      if (active[k] === 0 || k === keep || k === drop) continue;
      const mk = matrix[keep * n + k] ?? outOfRange(matrix, keep * n + k);
      const md = matrix[drop * n + k] ?? outOfRange(matrix, drop * n + k);
      const s = (sk * mk + sd * md) / (sk + sd);
      matrix[keep * n + k] = s;
      matrix[k * n + keep] = s;
    }
    size[keep] = sk + sd;
    active[drop] = 0;
    remaining--;
  }
  return merges;
}

/** The average-linkage dendrogram of `vectors` (its merges, in the order made). */
export function dendrogram(vectors: readonly SparseVector[]): Merge[] {
  return vectors.length === 0 ? [] : nnChain(similarityMatrix(vectors), vectors.length);
}

/**
 * The dendrogram of n items cut at `threshold`: clusters whose average pairwise similarity is at least that. Every
 * item is in exactly one cluster; unmatched items come back as singletons. Members ascending; clusters ordered by
 * their first member.
 */
export function cutDendrogram(merges: readonly Merge[], n: number, threshold: number): number[][] {
  // Replay the merges that clear the threshold with union-find. Average linkage is
  // monotone (a merge is never more similar than the merges below it), so this is the
  // same as cutting the dendrogram at `threshold`.
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    for (let up = at(parent, x); up !== x; up = at(parent, x)) {
      const grand = at(parent, up);
      parent[x] = grand; // path halving
      x = grand;
    }
    return x;
  };
  for (const m of merges) {
    if (m.similarity < threshold) continue;
    const ra = find(m.a);
    const rb = find(m.b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  // Map order is first-seen order, and i ascends: the groups are already ordered by their first member.
  return [...groups.values()];
}

/** Clusters of item indices whose average pairwise similarity is at least `threshold` (see cutDendrogram). */
export function clusterByThreshold(vectors: readonly SparseVector[], threshold: number): number[][] {
  return cutDendrogram(dendrogram(vectors), vectors.length, threshold);
}
