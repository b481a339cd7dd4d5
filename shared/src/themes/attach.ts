// Leftover notes: a note that joined no theme in the clustering is attached to the theme it is most like, when it is
// like it enough.
//
// Average linkage keeps a note out of a theme when it is far from the theme's *average*; a one-word note ("Tid",
// "Involvering") or a long note that mentions the theme among other things is often that. Against the theme's centroid
// it is clearly close. Without this step a third of a real wall, and many starred notes, land in no theme.
//
// A starred note is what a table itself found important, so it joins at a lower bar: a facilitator summarising the
// themes should not miss it unless nothing in any theme is like it (pipeline.ts sets the two bars).
import { at } from './checked.js';
import { centroid, cosine } from './tfidf.js';
import type { SparseVector } from './tfidf.js';

/**
 * `clusters` (item indices) with every item outside them attached to the cluster whose centroid it is most similar
 * to, when that similarity is at least `minSimilarity(item)`. Centroids are those of the clusters before attaching,
 * so the result does not depend on the order leftovers are visited in. Ties go to the earlier cluster.
 */
export function attachLeftovers(
  clusters: readonly number[][],
  leftovers: readonly number[],
  vectors: readonly SparseVector[],
  minSimilarity: (item: number) => number,
): number[][] {
  const centres = clusters.map((members) => centroid(members.map((i) => at(vectors, i))));
  const out = clusters.map((members) => [...members]);
  for (const i of leftovers) {
    const vector = at(vectors, i);
    let best = -1;
    let bestSim = minSimilarity(i);
    centres.forEach((centre, c) => {
      const s = cosine(vector, centre);
      if (s > bestSim || (s === bestSim && best < 0)) {
        best = c;
        bestSim = s;
      }
    });
    if (best >= 0) at(out, best).push(i);
  }
  return out.map((members) => members.sort((a, b) => a - b));
}

/**
 * A theme its other notes left (reassign.ts moved them) is no theme: one smaller than `minSize` dissolves, and its
 * notes are leftovers again, attached as above. So a starred note left behind still joins the nearest theme at its
 * lower bar rather than dropping out of every theme.
 */
export function dissolveSmallThemes(
  clusters: readonly number[][],
  minSize: number,
  vectors: readonly SparseVector[],
  minSimilarity: (item: number) => number,
): number[][] {
  const themes = clusters.filter((members) => members.length >= minSize);
  const orphans = clusters.filter((members) => members.length < minSize).flat();
  return orphans.length === 0 ? themes : attachLeftovers(themes, orphans, vectors, minSimilarity);
}
