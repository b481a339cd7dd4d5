import type { HarvestReport } from '../types.js';
import { agendaBlocks } from './agenda.js';
import { guidanceBlocks } from './appendix.js';
import type { Block, HarvestDocument } from './blocks.js';
import { evaluationBlocks } from './evaluation.js';
import { reportFormat, type ReportFormat } from './format.js';
import { frontPageBlocks } from './frontPage.js';
import { overviewBlocks } from './mainPoints.js';
import { methodBlocks } from './method.js';
import { notesAppendixBlocks } from './notesAppendix.js';
import { participationBlocks } from './participation.js';
import { groupsBlocks } from './groups.js';
import { photosBlocks } from './photos.js';
import { questionsBlocks } from './question.js';

export type { Block, HarvestDocument, ListItem, TableBlock } from './blocks.js';
export { sectionsOf } from './blocks.js';
export { reportFormat, type ReportFormat };

/** An appendix: its blocks, given its number. */
type Appendix = (r: HarvestReport, f: ReportFormat, n: number) => Block[];
const APPENDICES: Appendix[] = [notesAppendixBlocks, agendaBlocks, participationBlocks, photosBlocks, guidanceBlocks];

/**
 * The report as a document, in the report's language: the order of its sections is decided here, once. Findings
 * first: a first page that stands alone, the method, each question on its own page, the overview across them, the
 * evaluation; the record (every note, plan against actual, participation, guidance) in numbered appendices.
 */
export function harvestDocument(r: HarvestReport): HarvestDocument {
  const f = reportFormat(r.language, r.timeZone);
  return [
    ...frontPageBlocks(r, f),
    ...methodBlocks(r, f),
    ...questionsBlocks(r, f),
    ...overviewBlocks(r, f),
    ...evaluationBlocks(r, f),
    ...groupsBlocks(r, f),
    ...numberedAppendices(r, f),
  ];
}

/** The appendices numbered 1, 2, 3… in order; one with nothing to show (no photos) is left out and takes no number. */
function numberedAppendices(r: HarvestReport, f: ReportFormat): Block[] {
  let n = 0;
  return APPENDICES.flatMap((appendix) => {
    const blocks = appendix(r, f, n + 1);
    if (blocks.length > 0) n++;
    return blocks;
  });
}
