import type { HarvestReport } from '../types.js';
import { agendaBlocks } from './agenda.js';
import { appendixBlocks } from './appendix.js';
import type { HarvestDocument } from './blocks.js';
import { evaluationBlocks } from './evaluation.js';
import { reportFormat, type ReportFormat } from './format.js';
import { headerBlocks } from './header.js';
import { overviewBlocks } from './mainPoints.js';
import { participationBlocks } from './participation.js';
import { questionsBlocks } from './question.js';
import { votesBlocks } from './votes.js';

export type { Block, HarvestDocument, ListItem, TableBlock } from './blocks.js';
export { sectionsOf } from './blocks.js';
export { reportFormat, type ReportFormat };

/** The report as a document, in the report's language: the order of its sections is decided here, once. */
export function harvestDocument(r: HarvestReport): HarvestDocument {
  const f = reportFormat(r.language, r.timeZone);
  return [
    ...headerBlocks(r, f),
    ...overviewBlocks(r, f),
    ...agendaBlocks(r, f),
    ...participationBlocks(r, f),
    ...questionsBlocks(r, f),
    ...votesBlocks(r, f),
    ...evaluationBlocks(r, f),
    ...appendixBlocks(r, f),
  ];
}
