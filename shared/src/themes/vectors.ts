// One vector per note from two views: word stems (features.ts) and character n-grams (charGrams.ts).
//
// Each view is its own TF-IDF model (so a 12-gram word does not outvote a 1-stem word), L2-normalised, and the two
// are joined side by side with weights √w and √(1−w): the cosine of two joined vectors is then exactly
// w·cos(words) + (1−w)·cos(grams). Words say what a note is about; grams forgive how it was spelt.
import { at } from './checked.js';
import { buildTfidf } from './tfidf.js';
import type { SparseVector, TermCounts, TfidfModel } from './tfidf.js';

export interface NoteVectors {
  /** The joined vectors, one per note. */
  vectors: SparseVector[];
  /** The word view's model (labels and terms use it). */
  words: TfidfModel;
}

function join(a: SparseVector, b: SparseVector, offset: number, wordWeight: number): SparseVector {
  const wa = Math.sqrt(wordWeight);
  const wb = Math.sqrt(1 - wordWeight);
  // An empty view (a note of stopwords only) leaves the other at full weight, so the vector stays normalised.
  const sa = b.indices.length === 0 ? 1 : wa;
  const sb = a.indices.length === 0 ? 1 : wb;
  const indices = new Int32Array(a.indices.length + b.indices.length);
  const values = new Float64Array(indices.length);
  a.indices.forEach((index, k) => {
    indices[k] = index;
    values[k] = (a.values[k] ?? 0) * sa;
  });
  b.indices.forEach((index, k) => {
    indices[a.indices.length + k] = index + offset;
    values[a.indices.length + k] = (b.values[k] ?? 0) * sb;
  });
  return { indices, values };
}

/** Joined vectors of notes given as word-stem counts and char-gram counts (same order). */
export function noteVectors(
  words: readonly TermCounts[],
  grams: readonly TermCounts[],
  wordWeight: number,
): NoteVectors {
  const wordModel = buildTfidf(words);
  const gramModel = buildTfidf(grams);
  const offset = wordModel.terms.length;
  const vectors = wordModel.vectors.map((v, i) => join(v, at(gramModel.vectors, i), offset, wordWeight));
  return { vectors, words: wordModel };
}
