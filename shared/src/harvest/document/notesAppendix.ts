import type { HarvestReport, NoteReport, QuestionReport } from '../types.js';
import type { Block } from './blocks.js';
import type { ReportFormat } from './format.js';

/** A note as a table cell: its text, marked when starred or sent from a phone; no time stamp (the CSV has those). */
function noteCell(n: NoteReport, f: ReportFormat): string {
  const idea = n.authorRole === 'participant' ? ` (${f.t('harvest.note.idea')})` : '';
  return `${n.starred ? '★ ' : ''}${n.text}${idea}`;
}

/** One question's notes as one compact table: table, round (when it ran in more than one), the note and the theme it
 *  was grouped in (empty when it is in none), so a reader can check a theme against what was actually said. */
function questionNotes(q: QuestionReport, f: ReportFormat): Block[] {
  const manyRounds = q.rounds.length > 1 || new Set(q.groups.map((g) => g.round)).size > 1;
  const rows = q.groups.flatMap((g) =>
    g.notes.map((n) =>
      manyRounds
        ? [f.number(g.table), f.number(g.round), noteCell(n, f), n.themeLabel ?? '']
        : [f.number(g.table), noteCell(n, f), n.themeLabel ?? ''],
    ),
  );
  return [
    { kind: 'heading', level: 3, text: f.t('harvest.question', { n: q.number, text: q.text }) },
    rows.length
      ? {
          kind: 'table',
          header: manyRounds
            ? [f.t('harvest.col.table'), f.t('harvest.col.round'), f.t('harvest.col.note'), f.t('harvest.col.theme')]
            : [f.t('harvest.col.table'), f.t('harvest.col.note'), f.t('harvest.col.theme')],
          numeric: manyRounds ? [true, true, false, false] : [true, false, false],
          widths: manyRounds ? [0.7, 0.8, 6.5, 2.5] : [0.7, 6.5, 2.5],
          rows,
        }
      : { kind: 'paragraph', text: f.t('harvest.notes.none'), muted: true },
  ];
}

/** Every note of every question, by table and round, as written. */
export function notesAppendixBlocks(r: HarvestReport, f: ReportFormat, n: number): Block[] {
  return [
    {
      kind: 'heading',
      level: 2,
      text: f.t('harvest.appendix.n', { n, title: f.t('harvest.notes') }),
      id: 'notes',
      newPage: true,
    },
    { kind: 'paragraph', text: f.t('harvest.notes.help'), muted: true },
    ...r.questions.flatMap((q) => questionNotes(q, f)),
  ];
}
