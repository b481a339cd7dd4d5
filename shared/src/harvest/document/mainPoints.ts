// Hovedpunkter in the report: each question's own, and the overview across all questions after them.
import { pointSentence, type MainPoint } from '../../themes/mainPoints.js';
import type { HarvestReport } from '../types.js';
import type { Block } from './blocks.js';
import type { ReportFormat } from './format.js';

/** «Mindre rapportering — 7 av 10 bord», one list entry per point, with its notes as the detail. */
export function pointsList(points: readonly MainPoint[], totalTables: number, f: ReportFormat): Block {
  return {
    kind: 'list',
    items: points.map((p) => ({
      text: pointSentence(p, totalTables, (key, vars) => f.t(key, vars)),
      meta: p.notes === 1 ? f.t('plenary.themes.countOne') : f.t('plenary.themes.count', { n: p.notes }),
    })),
  };
}

/**
 * The dialogue as a whole, after the questions: the points more than one table raised, whatever the question, and a
 * table of how much each question gave (tables, notes, starred notes, its strongest theme).
 */
export function overviewBlocks(r: HarvestReport, f: ReportFormat): Block[] {
  return [
    { kind: 'heading', level: 2, text: f.t('harvest.overview'), id: 'overview', newPage: true },
    ...(r.mainPoints.length
      ? [
          { kind: 'paragraph' as const, text: f.t('harvest.mainPoints.help'), muted: true },
          pointsList(r.mainPoints, r.appendix.tables, f),
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
