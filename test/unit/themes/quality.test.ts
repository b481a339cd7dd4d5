// Clustering quality on three labelled sets of notes for the seed workshop's three questions.
//
//  - labelled.ts and tuning2.ts are the TUNING side: the pipeline's parameters were chosen on them.
//  - heldout.ts was written by someone else, independently, and never tuned on: its figures are the honest ones.
//
// Bounds are set just below what the pipeline achieves (figures in the comments), so a change that makes themes
// worse fails here; they are not targets. Purity is over the notes placed in a theme; notes left out count in
// `coverage` and, as singletons, in ARI. Ids are shuffled-looking on purpose: nothing may depend on them.
import { describe, expect, it } from 'vitest';
import { computeThemes } from '@kafe/shared/themes/index';
import { syntheticNotes } from '../../bench/themes.js';
import { formatScore, scoreQuestion } from './metrics.js';
import { scoreSet, SETS } from './sets.js';

// Measured (mean of q1–q3): see the bounds; before this pipeline (word stems, one fixed threshold, no leftovers
// attached) labelled scored ARI 0.583 / purity 0.897 / coverage 0.817, tuning2 0.638 / 0.858 / 0.859, held-out
// 0.270 / 0.699 / 0.601.
const BOUNDS = {
  // Measured: 0.649 / 0.867 / 0.957 (tuning side).
  labelled: { ari: 0.62, purity: 0.84, coverage: 0.93 },
  // Measured: 0.871 / 0.924 / 0.914, every starred note placed (tuning side).
  tuning2: { ari: 0.84, purity: 0.9, coverage: 0.89 },
  // Measured: 0.377 / 0.736 / 0.727 (held-out: the honest figure; every question there fills the 8-theme cap).
  heldout: { ari: 0.36, purity: 0.71, coverage: 0.7 },
} as const;

describe('theme quality on labelled notes', () => {
  for (const name of Object.keys(SETS) as (keyof typeof SETS)[]) {
    it(`${name}: mean ARI, purity and coverage stay at least what they are`, () => {
      const { perQuestion, mean } = scoreSet(SETS[name]);
      perQuestion.forEach((s, i) => console.log(`${name} q${i + 1}: ${formatScore(s)}`));
      console.log(`${name} mean: ${formatScore(mean)}`);
      expect(mean.ari).toBeGreaterThanOrEqual(BOUNDS[name].ari);
      expect(mean.purity).toBeGreaterThanOrEqual(BOUNDS[name].purity);
      expect(mean.coverage).toBeGreaterThanOrEqual(BOUNDS[name].coverage);
    });
  }

  it('places every starred note of the tuning wall in a theme unless nothing else is like it', () => {
    const { mean } = scoreSet(SETS.tuning2);
    expect(mean.starred.placed).toBeGreaterThanOrEqual(mean.starred.of - 1);
  });

  it('stays useful at scale (1 000 synthetic notes from all three questions, 16 gold themes)', () => {
    // Gold themes here overlap across questions ("ledelse" is a theme in q1 and q3), so
    // this is a regression floor, not a quality figure.
    const notes = syntheticNotes(1000);
    const s = scoreQuestion(notes, computeThemes(notes, { maxThemes: 30 }));
    console.log(`synthetic 1000: ${formatScore(s)}`);
    expect(s.ari).toBeGreaterThanOrEqual(0.35);
    expect(s.coverage).toBeGreaterThanOrEqual(0.9);
  });
});
