// Choosing where to cut the dendrogram from the notes themselves: the cut with the best mean silhouette.
//
// One fixed similarity threshold fits the set it was tuned on: a room whose notes are longer, or all about one thing,
// wants another. The silhouette of a note (Rousseeuw 1987) compares how close it is to its own theme with how close
// it is to the nearest other theme; its mean over all notes is high when themes are tight and apart. A note left
// alone scores 0, so a cut that leaves most notes out is not rewarded for the few tight pairs it keeps.
//
// Cost: one pass over the n×n matrix per candidate cut. Above SAMPLE notes the score is taken on an evenly spread
// sample of notes (still measured against every note), which keeps 5 000 notes within the live budget.
import { at, outOfRange } from './checked.js';

/** Most notes the silhouette is averaged over; beyond that, every k-th note in canonical order. */
const SAMPLE = 600;

/** Mean silhouette of a partition, `matrix` holding cosine similarities (distance = 1 − similarity). */
export function meanSilhouette(matrix: Float32Array, n: number, clusters: readonly number[][]): number {
  const clusterOf = new Int32Array(n);
  clusters.forEach((members, c) => members.forEach((i) => (clusterOf[i] = c)));
  const sizes = clusters.map((c) => c.length);
  const step = Math.max(1, Math.ceil(n / SAMPLE));
  const sums = new Float64Array(clusters.length);
  let total = 0;
  let counted = 0;
  for (let i = 0; i < n; i += step) {
    counted++;
    const own = at(clusterOf, i);
    const ownSize = at(sizes, own);
    if (ownSize < 2) continue; // a note alone scores 0
    sums.fill(0);
    const row = i * n;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const c = clusterOf[j] ?? outOfRange(clusterOf, j);
      sums[c] = (sums[c] ?? outOfRange(sums, c)) + (1 - (matrix[row + j] ?? outOfRange(matrix, row + j)));
    }
    const a = at(sums, own) / (ownSize - 1);
    let b = Infinity;
    sizes.forEach((size, c) => {
      if (c !== own) b = Math.min(b, (sums[c] ?? outOfRange(sums, c)) / size);
    });
    if (b === Infinity) continue; // one theme for everything says nothing
    const s = (b - a) / Math.max(a, b);
    total += Number.isFinite(s) ? s : 0;
  }
  return counted === 0 ? 0 : total / counted;
}
