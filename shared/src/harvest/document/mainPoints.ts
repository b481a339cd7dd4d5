// Hovedpunkter in the report: the overview across questions near the top, and each question's own at the top of it.
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

/** The overview of the whole dialogue; nothing when no theme was raised by more than one table. */
export function overviewBlocks(r: HarvestReport, f: ReportFormat): Block[] {
  if (r.mainPoints.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: f.t('harvest.mainPoints.overview'), id: 'main-points' },
    { kind: 'paragraph', text: f.t('harvest.mainPoints.help'), muted: true },
    pointsList(r.mainPoints, r.appendix.tables, f),
  ];
}
