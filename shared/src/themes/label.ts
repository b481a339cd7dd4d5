// Naming a theme: its top terms, shown as words people wrote, not as stems.
//
// A term ranks high when many of the theme's notes use it (coverage) and it is rare in
// the rest of the room (idf): this is TF-IDF with the theme as one document ("c-TF-IDF").
// Coverage is counted in notes, not occurrences, so one shouting note cannot name a theme.
import { at } from './checked.js';
import { CONCEPT_MARK } from './concepts.js';
import type { NoteFeatures } from './features.js';
import type { TfidfModel } from './tfidf.js';

export interface ThemeTerms {
  terms: string[]; // surface words, best first
  label: string;
}

const MAX_TERMS = 5;
const LABEL_TERMS = 3;
export const LABEL_SEPARATOR = ' · ';

/** Most frequent surface form of `stem` among `notes` (ties: shorter, then alphabetical). */
function surfaceOf(stem: string, notes: readonly NoteFeatures[]): string | undefined {
  const tally = new Map<string, number>();
  for (const note of notes) {
    for (const [word, n] of note.surfaces.get(stem) ?? []) tally.set(word, (tally.get(word) ?? 0) + n);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [word, n] of tally) {
    if (
      best === undefined ||
      n > bestCount ||
      (n === bestCount && (word.length < best.length || (word.length === best.length && word < best)))
    ) {
      best = word;
      bestCount = n;
    }
  }
  return best;
}

function sameWordFamily(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= Math.max(4, Math.min(a.length, b.length) - 2);
}

/**
 * Terms for the theme made of `members` (features of its notes); `all` is every note in
 * the room, used to find a surface form for a stem that only occurs inside compounds here.
 */
export function themeTerms(
  members: readonly NoteFeatures[],
  all: readonly NoteFeatures[],
  model: TfidfModel,
): ThemeTerms {
  const coverage = new Map<string, number>();
  for (const note of members) {
    for (const term of note.counts.keys())
      if (!term.startsWith(CONCEPT_MARK)) coverage.set(term, (coverage.get(term) ?? 0) + 1);
  }
  const idfOf = new Map<string, number>();
  model.terms.forEach((term, i) => idfOf.set(term, at(model.idf, i)));

  const ranked = [...coverage.entries()]
    .map(([term, c]) => ({ term, c, score: c * (idfOf.get(term) ?? 0) }))
    .sort((x, y) => y.score - x.score || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
  // Prefer terms shared by at least two notes; a term from one note describes that note.
  const shared = members.length > 1 ? ranked.filter((r) => r.c >= 2) : ranked;
  const pool = shared.length >= 2 ? shared : ranked;

  const terms: string[] = [];
  for (const { term } of pool) {
    const surface = surfaceOf(term, members) ?? surfaceOf(term, all) ?? term;
    // "rapportering" and "rapporteringskrav", or "interne" and "internt", in one label
    // say the same thing twice.
    if (terms.some((t) => sameWordFamily(t, surface))) continue;
    terms.push(surface);
    if (terms.length === MAX_TERMS) break;
  }
  return { terms, label: terms.slice(0, LABEL_TERMS).join(LABEL_SEPARATOR) };
}
