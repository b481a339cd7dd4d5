// Clustering quality on nine labelled sets of notes for the seed workshop's three questions.
//
// Six are DEVELOPMENT sets: changes were tuned on every one of them.
//  - labelled.ts and tuning2.ts were the first tuning side (parameters and concept lexicon chosen on them).
//  - tuning3.ts was written independently (another hand, without seeing the other sets or the code) and served as the
//    validation side.
//  - heldout.ts, heldout2.ts and heldout3.ts were written by other hands and first held out; each was later tuned on
//    (heldout3 after two measurements: 0.534 / 0.833 / 0.802, then 0.512 / 0.830 / 0.793; from the shorthand and
//    lexicon pass below on its unplaced notes were read), so their figures are no longer held-out figures.
// Two are the held-out side now, each written outside the repository by a helper that saw only the two seed documents
// (no code, no other set), and committed after the freeze; their notes were not read, only their aggregate figures:
//  - heldout4.ts (240 notes, a kommune's helse og omsorg room, 38 % nynorsk, 39 starred) is the VALIDATION set: measured
//    before this session's changes (0.505 / 0.766 / 0.779), after the shorthand and lexicon pass (0.593 / 0.802 / 0.800),
//    after a lexicon a helper wrote blind (0.567 / 0.766 / 0.821; with only its twins and shorthand 0.559), which was
//    therefore reverted: 0.593 / 0.802 / 0.800, starred 37/39. One decision was made on it.
//  - heldout5.ts (216 notes, a statsforvalter's regional room, 63 % nynorsk, 36 starred) is the TEST set: nothing was
//    chosen on it. Before this session's changes 0.433 / 0.700 / 0.813; measured on the three frozen pipelines above
//    (with the blind lexicon 0.479 / 0.723 / 0.861, with part of it 0.508 / 0.731 / 0.856) and on the final one:
//    0.504 / 0.730 / 0.851, every starred note placed (36/36).
//  - heldout6.ts (220 notes, a Vestland kommune's oppvekst room, 51 % nynorsk, 36 starred, 10 tables) is a second TEST
//    set, written the same way on 3 Dec 2026 and measured once, on the pipeline as it stood then (0c06d9f), before it was
//    committed: 0.559 / 0.813 / 0.884, every starred note placed (36/36). Nothing has been chosen on it.
// So on unseen notes this pipeline reaches ARI about 0.50–0.59, purity 0.73–0.81 and coverage 0.80–0.88, against the
// issue's 0.60 / 0.80 / 0.85: coverage, purity and starred notes are met on heldout6, coverage and starred notes on
// heldout5; ARI is met on none. A change made because of heldout4, heldout5 or heldout6 turns it into a development
// set: write a new held-out set instead.
// Learned associations (terms that share gold themes across the development sets, as extra features) were tried on
// 3 Dec 2026 by leave-one-set-out over the six development sets, never touching the held-out ones: +0.031 mean ARI at
// best with 3 of 6 folds better and purity -0.008; with the settings chosen inside each fold too, +0.017 (purity
// -0.005). Six rooms of ~60 notes a question are too few to learn meaning from; not kept (branch learned-assoc).
// A change was kept only when it helped most of the development sets, not one (leave-one-set-out thinking).
//
// Bounds are set just below what the pipeline achieves (figures in the comments), so a change that makes themes
// worse fails here; they are not targets. Purity is over the notes placed in a theme; notes left out count in
// `coverage` and, as singletons, in ARI. Ids are shuffled-looking on purpose: nothing may depend on them.
import { describe, expect, it } from 'vitest';
import { computeThemes } from '@kafe/shared/themes/index';
import { syntheticNotes } from '../../bench/themes.js';
import { formatScore, scoreQuestion } from './metrics.js';
import { scoreSet, SETS } from './sets.js';

// Measured (mean of q1–q3). History, ARI / purity / coverage:
//  - word stems, one fixed threshold, no leftovers attached: labelled 0.583 / 0.897 / 0.817, tuning2 0.638 / 0.858 /
//    0.859, held-out 0.270 / 0.699 / 0.601;
//  - + character n-grams, silhouette cut, leftovers attached, a thesaurus fitted to the tuning notes: labelled 0.649 /
//    0.867 / 0.957, tuning2 0.871 / 0.924 / 0.914, tuning3 0.275 / 0.742 / 0.600, held-out 0.377 / 0.736 / 0.727;
//  - + a broad, generic concept lexicon (concepts.ts) weighing three words: labelled 0.848 / 0.912 / 0.989, tuning2
//    0.890 / 0.965 / 0.914, tuning3 0.481 / 0.789 / 0.773, held-out 0.553 / 0.815 / 0.852;
//  - + nynorsk words read as their bokmål twins (nynorsk.ts), more verbs dropped: tuning2 0.922 / 0.982 / 0.914,
//    tuning3 0.496 / 0.810 / 0.764, held-out 0.557 / 0.807 / 0.874;
//  - + whose participation (users' voice or staff's involvement), 'brukerne' apart from 'bruke', vague adjectives as
//    stopwords, more generic concepts: the bounds then. These helped the tuning sets and left tuning3 as it was; the
//    held-out set fell (0.557 -> 0.527 ARI): part of that gain is fitted to the tuning sets. heldout2, written then and
//    measured once after that freeze: 0.596 / 0.837 / 0.845;
//  - + one reassignment pass (reassign.ts: each note to the nearest theme centre), all five sets tuned on: labelled
//    and tuning2 unchanged, tuning3 0.506 / 0.807 / 0.773, heldout 0.534 / 0.786 / 0.891, heldout2 0.609 / 0.843 /
//    0.845;
//  - + a shared-neighbour similarity (neighbours.ts: notes alike when the same notes are like them) blended into the
//    matrix at 0.3, cuts moved up to 0.06–0.12 to match, leftovers attached from 0.1: labelled and tuning2 unchanged,
//    tuning3 0.507 / 0.816 / 0.754, heldout 0.587 / 0.829 / 0.858, heldout2 0.629 / 0.855 / 0.834 (synthetic 1 000:
//    ARI 0.520 -> 0.578). More ARI and purity, a little less coverage: the bounds below;
//  - + a starred note joins its nearest theme from a centroid similarity of 0.03 (0.1 for others): the figures above
//    are unchanged (only tuning2 has stars, all placed). With every 4th–7th note of a set starred at random, starred
//    notes placed rose by 2–5 per set (e.g. heldout 36/42 -> 39/42, tuning3 43/52 -> 45/52), mean ARI within ±0.02;
//  - + the sector's shorthand read as the words meant (shorthand.ts: "bv", "TV", "rapp."; "aa" for "å"), concepts for
//    scepticism, deadlines, continuity, decisions and clearing out, more entries and twins (written after reading the
//    development sets' unplaced notes), nynorsk twins as compound heads: mean of the six development sets 0.683 /
//    0.878 / 0.857 -> 0.718 / 0.879 / 0.896 (heldout3 0.512 -> 0.610); heldout4 0.505 -> 0.593;
//  - + the cap keeps the themes most tables raised (then the biggest): 0.717 / 0.885 / 0.890 on the six; the figures
//    below. A theme's name and quotes changed too (themeLabel.ts, pipeline.ts quotes) without changing its notes.
// Tried and not kept: a lexicon a helper wrote blind, from the language and the sector only (400 entries, six new
// concepts): 0.716 / 0.884 / 0.892 on the six, heldout4 0.593 -> 0.567 (see the header); the question's own words
// weighed down as echoes, 0.711; leftovers attached at any similarity, 0.612 / 0.781 / 0.997; attach 0.06–0.08 or a
// cap of 9–10 themes, ARI flat and coverage up 0.005–0.03 (not taken: more themes to read out for little).
// Tried with the shared-neighbour blend and not kept (mean over the five sets, ARI / purity / coverage, against
// 0.717 / 0.887 / 0.870): a typo pass reading a word written once as the room's word one slip away, 0.716 / 0.886 /
// 0.871 (tuning3 -0.012); word bigrams as terms, 0.666 at weight 0.3; SIF weights instead of idf, 0.686 at best;
// mutual nearest neighbours, 0.699; the silhouette taken on the capped themes over a wide range of cuts, 0.725 /
// 0.890 / 0.880 but two sets down, the synthetic 1 000 down 0.057, and the cap no longer keeping the biggest themes
// of one cut; leftovers attached by mean similarity or a vote of their nearest notes, coverage up by as much as ARI
// fell; small themes merged into a near bigger one, no change; grams of 3–5 or 4–6 letters, 0.705 / 0.710.
const BOUNDS = {
  // Measured: 0.911 / 0.935 / 1.000.
  labelled: { ari: 0.89, purity: 0.91, coverage: 0.98 },
  // Measured: 0.967 / 1.000 / 0.914, every starred note placed.
  tuning2: { ari: 0.94, purity: 0.97, coverage: 0.89 },
  // Measured: 0.542 / 0.794 / 0.840 (every question fills the 8-theme cap).
  tuning3: { ari: 0.52, purity: 0.77, coverage: 0.82 },
  // Measured: 0.594 / 0.827 / 0.874 (every question fills the 8-theme cap).
  heldout: { ari: 0.56, purity: 0.8, coverage: 0.83 },
  // Measured: 0.690 / 0.874 / 0.882.
  heldout2: { ari: 0.67, purity: 0.85, coverage: 0.86 },
  // Measured: 0.610 / 0.848 / 0.853, starred 36/38.
  heldout3: { ari: 0.58, purity: 0.82, coverage: 0.83 },
  // VALIDATION (see the header): 0.593 / 0.802 / 0.800, starred 37/39. A floor, not a target.
  heldout4: { ari: 0.57, purity: 0.78, coverage: 0.78 },
  // TEST (see the header): 0.504 / 0.730 / 0.851, starred 36/36. A floor, not a target.
  heldout5: { ari: 0.48, purity: 0.71, coverage: 0.83 },
  // TEST (see the header): 0.559 / 0.813 / 0.884, starred 36/36. A floor, not a target.
  heldout6: { ari: 0.53, purity: 0.79, coverage: 0.86 },
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

  it('places the starred notes of the held-out rooms in a theme (measured: 37/39, 36/36 and 36/36)', () => {
    for (const name of ['heldout4', 'heldout5', 'heldout6'] as const) {
      const { perQuestion } = scoreSet(SETS[name]);
      const placed = perQuestion.reduce((n, q) => n + q.starred.placed, 0);
      const of = perQuestion.reduce((n, q) => n + q.starred.of, 0);
      expect(of, name).toBeGreaterThan(30);
      expect(placed, name).toBeGreaterThanOrEqual(of - 2);
    }
  });

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
    expect(s.ari).toBeGreaterThanOrEqual(0.5); // measured 0.578
    expect(s.coverage).toBeGreaterThanOrEqual(0.9);
  });
});
