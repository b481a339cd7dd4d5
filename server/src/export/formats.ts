import { buildHarvestReport } from '@kafe/shared/harvest/index';
import { harvestDocument } from '@kafe/shared/harvest/document/layout';
import { translate } from '@kafe/shared/i18n/index';
import type { Language } from '@kafe/shared/agenda';
import type { StoredEvent } from '@kafe/shared/events';
import type { WorkshopState } from '@kafe/shared/state';
import { renderCsv } from './csv.js';
import { renderDocx } from './docx.js';
import { contentDisposition } from './filename.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

export const EXPORT_FORMATS = ['json', 'md', 'csv', 'docx', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  body: string | Buffer;
  contentType: string;
  contentDisposition: string;
}

/**
 * One workshop in one format, from its state and log at `now`, in the workshop's language unless another is asked for.
 * The server runs this on a worker thread (workers/pool.ts): it takes everything as arguments and touches no I/O, so
 * it can; and a Word file of a big workshop takes a few hundred ms of CPU that the event loop cannot spare.
 */
export async function exportWorkshop(
  state: WorkshopState,
  events: readonly StoredEvent[],
  format: ExportFormat,
  now: number,
  language?: Language,
): Promise<ExportFile> {
  const def = state.definition;
  if (!def) throw new Error('the workshop has no definition yet');
  const report = buildHarvestReport(state, events, { now, language });
  const name = (ext: string, inline = false): string =>
    contentDisposition(def.title, def.date, ext, inline ? 'inline' : 'attachment');
  switch (format) {
    case 'json':
      return {
        body: renderJson(def, events, report, now),
        contentType: 'application/json; charset=utf-8',
        contentDisposition: name('json'),
      };
    case 'md':
      return {
        body: renderMarkdown(harvestDocument(report)),
        contentType: 'text/markdown; charset=utf-8',
        contentDisposition: name('md'),
      };
    case 'csv':
      return { body: renderCsv(report), contentType: 'text/csv; charset=utf-8', contentDisposition: name('csv') };
    case 'docx':
      return {
        body: await renderDocx(harvestDocument(report), { title: def.title, language: report.language }),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        contentDisposition: name('docx'),
      };
    case 'html':
      return {
        body: renderHtml(harvestDocument(report), {
          title: def.title,
          language: report.language,
          printLabel: translate(report.language, 'harvest.print.button'),
        }),
        contentType: 'text/html; charset=utf-8',
        contentDisposition: name('html', true),
      };
    default:
      return format satisfies never;
  }
}
