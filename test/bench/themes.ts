// How long computeThemes takes for a busy question: 100, 500, 2 000 and 5 000 notes; and what it scores on the
// labelled sets (six are tuned on; heldout4.ts is the validation set, heldout5.ts and heldout6.ts the test sets, see
// test/unit/themes/quality.test.ts).
//
// Notes are synthesised from the labelled set (test/fixtures/themes/labelled.ts) with
// deterministic variation, so every run measures the same input: words dropped,
// neighbouring letters swapped (typos), table chatter added, two notes of one theme
// joined. Gold labels come along, so the same notes can sanity-check quality at scale.
//
// Run alone: `npx tsx test/bench/themes.ts` prints JSON. Imports are relative (not the
// `@kafe/shared/...` alias) because tsx runs without vitest's resolver.
import { mulberry32 } from '../../shared/src/mixing.js';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { computeThemes } from '../../shared/src/themes/index.js';
import type { ThemeInputNote } from '../../shared/src/themes/index.js';
import { must } from '../fixtures/must.js';
import { LABELLED } from '../fixtures/themes/labelled.js';
import type { LabelledNote } from '../fixtures/themes/labelled.js';

/** A seeded PRNG (the one mixing uses), so the synthetic set is identical on every run. */
const rng = mulberry32;

const CHATTER = ['viktig!', 'enig', '(bord 4)', 'flere nevnte dette', 'mye diskusjon', 'ja!!', 'godt poeng', '+1'];

function typo(word: string, random: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
}

export interface SyntheticNote extends ThemeInputNote {
  theme: string;
}

/** `count` notes drawn from the labelled set (all three questions), deterministic. */
export function syntheticNotes(count: number, seed = 2023): SyntheticNote[] {
  const random = rng(seed);
  const pool: LabelledNote[] = LABELLED.flatMap((q) => q.notes.map((n) => ({ ...n, theme: `${q.id}:${n.theme}` })));
  const pick = <T>(xs: readonly T[]): T => must(xs[Math.floor(random() * xs.length)], 'a note to pick from');
  const out: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) {
    const base = pick(pool);
    let words = base.text.split(/\s+/);
    if (words.length > 3 && random() < 0.3) words.splice(Math.floor(random() * words.length), 1);
    words = words.map((w) => (random() < 0.05 ? typo(w, random) : w));
    if (random() < 0.2) {
      const sibling = pick(pool.filter((n) => n.theme === base.theme));
      words.push('–', ...sibling.text.split(/\s+/).slice(0, 3));
    }
    if (random() < 0.25) words.push(pick(CHATTER));
    out.push({
      id: `s${String(i).padStart(5, '0')}`,
      text: words.join(' '),
      starred: random() < 0.1,
      theme: base.theme,
    });
  }
  return out;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return must(sorted[Math.floor(sorted.length / 2)], 'a time to take the median of');
}

export function benchThemes(
  sizes: readonly number[] = [100, 500, 2000, 5000],
  runs = 5,
): { notes: number; ms: number }[] {
  const results: { notes: number; ms: number }[] = [];
  for (const size of sizes) {
    const notes = syntheticNotes(size);
    computeThemes(notes); // warm-up: JIT and the stemmer memo, as in a running server
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      computeThemes(notes);
      times.push(performance.now() - start);
    }
    results.push({ notes: size, ms: Math.round(median(times) * 10) / 10 });
  }
  return results;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // No top-level await, so importing this file from a CommonJS context also works.
  const results = benchThemes();
  void import('../unit/themes/sets.js').then(({ SETS, scoreSet }) => {
    const quality = Object.fromEntries(Object.entries(SETS).map(([name, set]) => [name, scoreSet(set).mean]));
    console.log(JSON.stringify({ recompute: results, quality }, null, 2));
  });
}
