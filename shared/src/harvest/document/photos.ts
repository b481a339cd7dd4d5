import type { HarvestReport } from '../types.js';
import type { Block } from './blocks.js';
import type { ReportFormat } from './format.js';

/** An appendix with the tables' flip-chart photos, each captioned with its table and round; none when there are none. */
export function photosBlocks(r: HarvestReport, f: ReportFormat, n: number): Block[] {
  if (r.photos.length === 0) return [];
  return [
    {
      kind: 'heading',
      level: 2,
      text: f.t('harvest.appendix.n', { n, title: f.t('photos.report.title') }),
      id: 'photos',
      newPage: true,
    },
    ...r.photos.map((p): Block => ({
      kind: 'image',
      photoId: p.photoId,
      mime: p.mime,
      width: p.width,
      height: p.height,
      caption: f.t('photos.alt', { table: p.table, round: p.round }),
    })),
  ];
}
