import type { HarvestReport } from '../types.js';
import type { Block } from './blocks.js';
import type { ReportFormat } from './format.js';

/** The guidance the table hosts had, as they read it. */
export function guidanceBlocks(r: HarvestReport, f: ReportFormat, n: number): Block[] {
  const { hostGuidance } = r.appendix;
  return [
    {
      kind: 'heading',
      level: 2,
      text: f.t('harvest.appendix.n', { n, title: f.t('harvest.appendix.guidance') }),
      id: 'guidance',
      newPage: true,
    },
    hostGuidance.length
      ? { kind: 'list', items: hostGuidance.map((text) => ({ text })) }
      : { kind: 'paragraph', text: f.t('harvest.appendix.noGuidance'), muted: true },
  ];
}
