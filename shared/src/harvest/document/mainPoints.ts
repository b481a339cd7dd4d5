// Hovedpunkter in the report: each question's own, and the overview across all questions after them.
import type { MessageKey } from '../../i18n/index.js';
import { questionGist, type GistSource } from '../../plenary/questionGist.js';
import { pointSentence, type MainPoint } from '../../themes/mainPoints.js';
import type { HarvestReport, QuestionReport } from '../types.js';
import type { Block } from './blocks.js';
import type { ReportFormat } from './format.js';

/**
 * «Mindre rapportering — 7 av 10 bord», one list entry per point, with its notes as the detail. Across questions,
 * `questionOf` names the question each point came from («(spørsmål 2)»): the same words can answer two questions.
 */
export function pointsList(
  points: readonly MainPoint[],
  totalTables: number,
  f: ReportFormat,
  questionOf?: (point: MainPoint) => number | undefined,
): Block {
  const which = (p: MainPoint): string => {
    const n = questionOf?.(p);
    return n === undefined ? '' : ` ${f.t('harvest.overview.question', { n })}`;
  };
  return {
    kind: 'list',
    items: points.map((p) => ({
      text: pointSentence(p, totalTables, (key, vars) => f.t(key, vars)) + which(p),
      meta: p.notes === 1 ? f.t('plenary.themes.countOne') : f.t('plenary.themes.count', { n: p.notes }),
    })),
  };
}

const GIST_LABEL: Record<GistSource, MessageKey> = {
  starred: 'harvest.gist.starred',
  summaries: 'harvest.gist.summaries',
  notes: 'harvest.gist.notes',
};

/**
 * A question's Hovedpunkter wherever all questions are listed: its main points; without themes, up to three of its
 * starred notes, else its hosts' summaries, else its first notes; with nothing written, a line that says so. A question
 * never just vanishes, which would read as if it was never discussed. Notes hidden from the projector are left out,
 * as the projector's overview leaves them out. `limit` keeps the first so many points (the first page's).
 */
export function gistBlocks(q: QuestionReport, totalTables: number, f: ReportFormat, limit = Infinity): Block[] {
  const notes = q.groups
    .flatMap((g) => g.notes)
    .filter((n) => n.onScreen)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const gist = questionGist(q.mainPoints, notes, q.summaries);
  switch (gist.kind) {
    case 'points':
      return [pointsList(gist.points.slice(0, limit), totalTables, f)];
    case 'notes':
      return [
        { kind: 'paragraph', text: f.t(GIST_LABEL[gist.source]) },
        { kind: 'list', items: gist.items.map((n) => ({ text: n.text, meta: f.t('table.n', { n: n.table }) })) },
      ];
    case 'none':
      return [{ kind: 'paragraph', text: f.t('harvest.gist.none'), muted: true }];
    default:
      return gist satisfies never;
  }
}

/**
 * The dialogue as a whole, after the questions: the points more than one table raised, whatever the question, and a
 * table of how much each question gave (tables, notes, starred notes, its strongest theme).
 */
export function overviewBlocks(r: HarvestReport, f: ReportFormat): Block[] {
  const numberOf = new Map(r.questions.map((q) => [q.questionId, q.number]));
  return [
    { kind: 'heading', level: 2, text: f.t('harvest.overview'), id: 'overview', newPage: true },
    ...(r.mainPoints.length
      ? [
          { kind: 'paragraph' as const, text: f.t('harvest.mainPoints.help'), muted: true },
          pointsList(r.mainPoints, r.appendix.tables, f, (p) => numberOf.get(p.questionId)),
        ]
      : [{ kind: 'paragraph' as const, text: f.t('harvest.overview.none'), muted: true }]),
    {
      kind: 'table',
      header: [
        f.t('harvest.col.question'),
        f.t('harvest.col.tables'),
        f.t('harvest.col.count'),
        f.t('harvest.col.starred'),
        f.t('harvest.col.strongest'),
      ],
      numeric: [false, true, true, true, false],
      widths: [4.2, 0.7, 0.9, 1.1, 3.1],
      rows: r.questions.map((q) => [
        f.t('harvest.question', { n: q.number, text: q.text }),
        f.number(q.tableCount),
        f.number(q.noteCount),
        f.number(q.insights.length),
        q.mainPoints[0]?.label ?? '–',
      ]),
    },
  ];
}
