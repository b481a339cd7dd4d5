import type { HarvestReport } from '../types.js';
import type { Block } from './blocks.js';
import { coverageSentence } from './coverage.js';
import type { ReportFormat } from './format.js';

/**
 * The table of contents on a page of its own, then how the workshop was run (the filing frame's method paragraph),
 * and how many notes the themes hold: a fact of this harvest, so never part of the text the facilitator edits.
 */
export function methodBlocks(r: HarvestReport, f: ReportFormat): Block[] {
  const coverage = coverageSentence(r.questions, f);
  return [
    { kind: 'toc', title: f.t('harvest.toc') },
    { kind: 'heading', level: 2, text: f.t('harvest.method'), id: 'method' },
    ...r.filing.method
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((text): Block => ({ kind: 'paragraph', text })),
    ...(coverage ? [{ kind: 'paragraph' as const, text: coverage }] : []),
  ];
}
