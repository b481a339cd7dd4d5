// How much of what was written the themes hold. Themes and main points are drawn from the notes that fell into a
// theme; without this line a reader takes «the themes most tables raised» for everything the tables said.
import type { QuestionReport } from '../types.js';
import type { ReportFormat } from './format.js';

/** Notes written under the questions, and how many of them are in one of the report's themes. */
export function themedNotes(questions: readonly QuestionReport[]): { inThemes: number; notes: number } {
  const notes = questions.flatMap((q) => q.groups.flatMap((g) => g.notes));
  return { inThemes: notes.filter((n) => n.themeKey !== null).length, notes: notes.length };
}

/** «118 av 168 innspel er samla i tema; resten står i vedlegget.»; '' when nothing was written. */
export function coverageSentence(questions: readonly QuestionReport[], f: ReportFormat): string {
  const { inThemes, notes } = themedNotes(questions);
  if (notes === 0) return '';
  return inThemes === notes
    ? f.t('harvest.themes.coverageAll', { notes: f.number(notes) })
    : f.t('harvest.themes.coverage', { inThemes: f.number(inThemes), notes: f.number(notes) });
}
