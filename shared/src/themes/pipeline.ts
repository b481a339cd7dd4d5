// The whole theme pipeline with its tuning knobs exposed (index.ts pins them).
//
// Steps: canonical order → features → TF-IDF → average-linkage clusters cut at a
// threshold → keep clusters of ≥ 2 notes, the biggest `maxThemes` → name and order.
// (A second pass attaching leftover notes to the nearest theme centroid was tried; at
// this threshold it never fired on the labelled set, so it is not here.)
//
// Singletons are NOT themes: on a plenary screen a "theme" of one note is just that note,
// and showing them would flood the list with noise early in a round. They stay on the
// wall of notes; they are merely not summarised. Same for clusters beyond `maxThemes`.
import { clusterByThreshold } from './cluster.js';
import { extractFeatures } from './features.js';
import { themeTerms } from './label.js';
import { buildTfidf, centroid, cosine } from './tfidf.js';
import type { Theme, ThemeInputNote, ThemeLanguage } from './types.js';

export interface ThemeParams {
  language: ThemeLanguage;
  maxThemes: number;
  /** Average cosine similarity at which two groups of notes are one theme. */
  threshold: number;
  minThemeSize: number;
  decompound: boolean;
}

// Chosen on test/fixtures/themes/labelled.ts (see test/unit/themes/quality.test.ts).
// The threshold looks low, but notes are 2–5 content words: two notes sharing one
// mid-frequency word out of four have a cosine near 0.2, and the *average* over two
// groups is far lower. 0.06–0.08 form a plateau there; 0.07 is its middle.
export const DEFAULT_PARAMS: ThemeParams = {
  language: 'nb',
  maxThemes: 8,
  threshold: 0.07,
  minThemeSize: 2,
  decompound: true,
};

/** Starred notes are what the table itself found important: prefer them as examples,
 *  by a margin small enough that an off-topic star does not lead its theme. */
const STAR_BONUS = 0.05;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function runThemes(input: readonly ThemeInputNote[], params: ThemeParams): Theme[] {
  if (input.length === 0 || params.maxThemes < 1) return [];
  // Canonical order (by id, then text for duplicate ids) makes the result independent of
  // the order notes arrive in: every later tie-break is by this index.
  const notes = [...input].sort((a, b) => byString(a.id, b.id) || byString(a.text, b.text));
  const features = extractFeatures(
    notes.map((n) => n.text),
    { language: params.language, decompound: params.decompound && params.language !== 'en' },
  );
  const model = buildTfidf(features.map((f) => f.counts));
  const clusters = clusterByThreshold(model.vectors, params.threshold)
    .filter((c) => c.length >= params.minThemeSize)
    .sort((x, y) => y.length - x.length || x[0]! - y[0]!)
    .slice(0, params.maxThemes);

  const themes = clusters.map((members) => {
    const centre = centroid(members.map((i) => model.vectors[i]!));
    const ranked = members
      .map((i) => ({ i, score: cosine(model.vectors[i]!, centre) + (notes[i]!.starred ? STAR_BONUS : 0) }))
      .sort((x, y) => y.score - x.score || x.i - y.i);
    const noteIds = ranked.map((r) => notes[r.i]!.id);
    const { terms, label } = themeTerms(members.map((i) => features[i]!), features, model);
    return {
      key: notes[Math.min(...members)]!.id,
      label,
      terms,
      noteIds,
      representativeNoteIds: noteIds.slice(0, 3),
    };
  });
  return themes.sort((x, y) => y.noteIds.length - x.noteIds.length || byString(x.key, y.key));
}
