// How much of what was written the themes hold. Themes and main points are drawn from the notes that fell into a
// theme; without this line a reader takes «the themes most tables raised» for everything the tables said.
import type { QuestionReport } from '../types.js';
import type { ReportFormat } from './format.js';

/**
 * The notes the projector could show (the themes are made of them, and the console counts the same), how many of them
 * are in one of the report's themes, and how many more are in the record only: hidden from the projector by the
 * facilitator (held or refused ideas are in no part of the report, documentedNotes.ts).
 */
export function themedNotes(questions: readonly QuestionReport[]): {
  inThemes: number;
  notes: number;
  offScreen: number;
} {
  const all = questions.flatMap((q) => q.groups.flatMap((g) => g.notes));
  const shown = all.filter((n) => n.onScreen);
  return {
    inThemes: shown.filter((n) => n.themeKey !== null).length,
    notes: shown.length,
    offScreen: all.length - shown.length,
  };
}

/** «118 av 168 innspel er samla i tema; resten står i vedlegget.», then the notes not shown; '' when nothing was
 *  written. */
export function coverageSentence(questions: readonly QuestionReport[], f: ReportFormat): string {
  const { inThemes, notes, offScreen } = themedNotes(questions);
  const themed =
    notes === 0
      ? ''
      : inThemes === notes
        ? f.t('harvest.themes.coverageAll', { notes: f.number(notes) })
        : f.t('harvest.themes.coverage', { inThemes: f.number(inThemes), notes: f.number(notes) });
  const record =
    offScreen === 0
      ? ''
      : offScreen === 1
        ? f.t('harvest.themes.offScreenOne')
        : f.t('harvest.themes.offScreen', { n: f.number(offScreen) });
  return [themed, record].filter(Boolean).join(' ');
}
