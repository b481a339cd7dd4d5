// TF-IDF vectors and cosine similarity for short notes.
//
// Vectors are sparse: parallel arrays of term indices (ascending) and weights,
// L2-normalised so cosine similarity is a plain dot product computed by merging the two
// index lists. Notes have ~3–8 terms, so this beats any dense representation.
//
// Term indices are assigned in sorted term order, never in order of appearance, so the
// same set of notes gives the same vectors whatever order the notes arrive in.
//
// A weight missing from `values` is read as 0, as any absent component of a sparse vector is; an index the loops
// themselves bound is checked (checked.ts).
import { at, outOfRange } from './checked.js';

export interface SparseVector {
  readonly indices: Int32Array; // ascending term indices
  readonly values: Float64Array; // weights, same length; L2 norm 1 (or empty vector)
}

export interface TfidfModel {
  readonly terms: readonly string[]; // index → term, sorted
  readonly df: Int32Array; // index → number of documents containing the term
  readonly idf: Float64Array;
  readonly vectors: readonly SparseVector[]; // one per input document, same order
}

/** One document: term → raw frequency (may be fractional, e.g. a compound part at 0.5). */
export type TermCounts = ReadonlyMap<string, number>;

/** Sublinear tf: a word repeated in one note ("tid, tid, tid!") is emphasis, not three
 *  times the topic. Fractional counts (< 1) pass through unchanged. */
function tfWeight(count: number): number {
  return count > 1 ? 1 + Math.log(count) : count;
}

export function buildTfidf(docs: readonly TermCounts[]): TfidfModel {
  const docsWith = new Map<string, number>(); // term → documents containing it so far
  for (const doc of docs) for (const term of doc.keys()) docsWith.set(term, (docsWith.get(term) ?? 0) + 1);
  const counted = [...docsWith].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const terms = counted.map(([term]) => term);
  const df = Int32Array.from(counted, ([, count]) => count);
  const indexOf = new Map<string, number>();
  terms.forEach((term, i) => indexOf.set(term, i));
  const termIndex = (term: string): number => {
    const index = indexOf.get(term);
    if (index === undefined) throw new Error(`buildTfidf: "${term}" is missing from the vocabulary`);
    return index;
  };

  // Smoothed idf (as in scikit-learn): never zero, so a term in every note still counts a
  // little, and a corpus of one note does not divide by zero.
  const n = docs.length;
  const idf = Float64Array.from(df, (count) => Math.log((1 + n) / (1 + count)) + 1);

  const vectors = docs.map((doc) => {
    const entries = [...doc.entries()]
      .map(([term, count]) => [termIndex(term), tfWeight(count)] as const)
      .filter(([, w]) => w > 0)
      .sort((a, b) => a[0] - b[0]);
    const indices = new Int32Array(entries.length);
    const values = new Float64Array(entries.length);
    let norm = 0;
    entries.forEach(([index, w], k) => {
      const weight = w * at(idf, index);
      indices[k] = index;
      values[k] = weight;
      norm += weight * weight;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) values.forEach((weight, k) => (values[k] = weight / norm));
    return { indices, values };
  });

  return { terms, df, idf, vectors };
}

/** Cosine similarity of two normalised sparse vectors (0 when either is empty). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.indices.length && j < b.indices.length) {
    const ai = a.indices[i] ?? outOfRange(a.indices, i);
    const bj = b.indices[j] ?? outOfRange(b.indices, j);
    if (ai === bj) dot += (a.values[i++] ?? 0) * (b.values[j++] ?? 0);
    else if (ai < bj) i++;
    else j++;
  }
  return dot;
}

/** Normalised mean of vectors: the direction a theme points in. */
export function centroid(vectors: readonly SparseVector[]): SparseVector {
  const sum = new Map<number, number>();
  for (const v of vectors) {
    v.indices.forEach((index, k) => sum.set(index, (sum.get(index) ?? 0) + (v.values[k] ?? 0)));
  }
  const entries = [...sum.entries()].sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((acc, [, w]) => acc + w * w, 0));
  return {
    indices: Int32Array.from(entries, ([index]) => index),
    values: Float64Array.from(entries, ([, w]) => (norm > 0 ? w / norm : 0)),
  };
}
