import type { HarvestReport, NoteReport, QuestionReport } from '../types.js';
import type { Block } from './blocks.js';
import type { ReportFormat } from './format.js';

/** A note as a table cell: its text, marked when starred or sent from a phone; no time stamp (the CSV has those). */
function noteCell(n: NoteReport, f: ReportFormat): string {
  const idea = n.authorRole === 'participant' ? ` (${f.t('harvest.note.idea')})` : '';
  return `${n.starred ? '★ ' : ''}${n.text}${idea}`;
}

/** One question's notes as one compact table: table, round (when it ran in more than one), the note. */
function questionNotes(q: QuestionReport, f: ReportFormat): Block[] {
  const manyRounds = q.rounds.length > 1 || new Set(q.groups.map((g) => g.round)).size > 1;
  const rows = q.groups.flatMap((g) =>
    g.notes.map((n) =>
      manyRounds ? [f.number(g.table), f.number(g.round), noteCell(n, f)] : [f.number(g.table), noteCell(n, f)],
    ),
  );
  return [
    { kind: 'heading', level: 3, text: f.t('harvest.question', { n: q.number, text: q.text }) },
    rows.length
      ? {
          kind: 'table',
          header: manyRounds
            ? [f.t('harvest.col.table'), f.t('harvest.col.round'), f.t('harvest.col.note')]
            : [f.t('harvest.col.table'), f.t('harvest.col.note')],
          numeric: manyRounds ? [true, true, false] : [true, false],
          widths: manyRounds ? [0.7, 0.8, 9] : [0.7, 9],
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
