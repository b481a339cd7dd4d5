import type { HarvestReport, NoteGroup, NoteReport, QuestionReport } from '../types.js';
import type { Block, ListItem } from './blocks.js';
import { guillemets, type ReportFormat } from './format.js';
import { pointsList } from './mainPoints.js';

const place = (f: ReportFormat, table: number, round: number): string =>
  `${f.t('table.n', { n: table })}, ${f.t('round.n', { n: round }).toLowerCase()}`;

/** A note as a list entry; in the list of insights every note is starred, so the star is not repeated there. */
function noteItem(n: NoteReport, f: ReportFormat, inInsights: boolean): ListItem {
  const meta = [
    ...(inInsights ? [place(f, n.table, n.round)] : []),
    f.time(n.createdAt),
    ...(n.authorRole === 'participant' ? [f.t('harvest.note.idea')] : []),
    ...(n.starred && !inInsights ? [`★ ${f.t('harvest.note.starred')}`] : []),
    ...(n.themeLabel ? [f.t('harvest.note.theme', { theme: n.themeLabel })] : []),
  ];
  return { text: n.text, strong: n.starred && !inInsights, meta: meta.join(' · ') };
}

function groupHeading(g: NoteGroup, f: ReportFormat, rounds: number): string {
  const parts = [f.t('table.n', { n: g.table })];
  // A question asked in one round needs no round in every heading.
  if (rounds > 1) parts.push(f.t('round.n', { n: g.round }));
  if (g.host) parts.push(f.t('harvest.notes.host', { name: g.host }));
  return parts.join(' · ');
}

function themeBlocks(q: QuestionReport, f: ReportFormat): Block[] {
  if (q.themes.length === 0) return [{ kind: 'paragraph', text: f.t('harvest.themes.none'), muted: true }];
  return [
    { kind: 'paragraph', text: f.t('harvest.themes.help'), muted: true },
    {
      kind: 'table',
      header: [
        f.t('harvest.col.theme'),
        f.t('harvest.col.count'),
        f.t('harvest.col.tables'),
        f.t('harvest.col.examples'),
      ],
      numeric: [false, true, true, false],
      rows: q.themes.map((t) => [
        t.pinned ? `${t.label} (${f.t('harvest.themes.pinned')})` : t.label,
        f.number(t.count),
        f.number(t.tables.length),
        t.representative.map((n) => guillemets(n.text)).join(' '),
      ]),
    },
  ];
}

/** One question: its main points, themes, starred insights, the hosts' summaries, then every note by table and round. */
export function questionBlocks(q: QuestionReport, f: ReportFormat, totalTables: number): Block[] {
  const intro = q.rounds.length
    ? f.t('harvest.question.meta', { rounds: q.rounds.join(', '), notes: q.noteCount, tables: q.tableCount })
    : f.t('harvest.question.notAsked');
  return [
    { kind: 'heading', level: 2, text: f.t('harvest.question', { n: q.number, text: q.text }), id: `q-${q.number}` },
    { kind: 'paragraph', text: intro, muted: true },
    ...(q.mainPoints.length
      ? [
          { kind: 'heading', level: 3, text: f.t('harvest.mainPoints') } as const,
          pointsList(q.mainPoints, totalTables, f),
        ]
      : []),
    { kind: 'heading', level: 3, text: f.t('harvest.themes') },
    ...themeBlocks(q, f),
    { kind: 'heading', level: 3, text: f.t('harvest.insights') },
    q.insights.length
      ? { kind: 'list', items: q.insights.map((n) => noteItem(n, f, true)) }
      : { kind: 'paragraph', text: f.t('harvest.insights.none'), muted: true },
    { kind: 'heading', level: 3, text: f.t('harvest.summaries') },
    q.summaries.length
      ? {
          kind: 'list',
          items: q.summaries.map((s) => ({
            text: s.text,
            meta: [place(f, s.table, s.round), ...(s.host ? [s.host] : [])].join(' · '),
          })),
        }
      : { kind: 'paragraph', text: f.t('harvest.summaries.none'), muted: true },
    { kind: 'heading', level: 3, text: f.t('harvest.notes') },
    ...(q.groups.length
      ? q.groups.flatMap((g): Block[] => [
          { kind: 'heading', level: 4, text: groupHeading(g, f, q.rounds.length) },
          { kind: 'list', items: g.notes.map((n) => noteItem(n, f, false)) },
        ])
      : [{ kind: 'paragraph' as const, text: f.t('harvest.notes.none'), muted: true }]),
  ];
}

export function questionsBlocks(r: HarvestReport, f: ReportFormat): Block[] {
  return r.questions.flatMap((q) => questionBlocks(q, f, r.appendix.tables));
}
