import { buildHarvestReport } from '@kafe/shared/harvest/index';
import { harvestDocument } from '@kafe/shared/harvest/document/layout';
import { translate, type MessageKey } from '@kafe/shared/i18n/index';
import type { Language } from '@kafe/shared/agenda';
import type { StoredEvent } from '@kafe/shared/events';
import type { WorkshopState } from '@kafe/shared/state';
import { CSV_PARTS, renderCsv, type CsvPart } from './csv.js';
import { renderDocx } from './docx.js';
import { contentDisposition } from './filename.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { PhotoBytes } from './photoBlocks.js';
import { withPhotos } from './photosJson.js';
import type { PhotoFile } from '../store/photoRows.js';
import { storeZip } from './zip.js';

export const EXPORT_FORMATS = ['json', 'md', 'csv', 'zip', 'docx', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What to export: the format, and for CSV which table; `personal` only for JSON (the one format with per-person data). */
export interface ExportRequest {
  format: ExportFormat;
  now: number;
  /** The workshop's language unless another is asked for. */
  language?: Language | undefined;
  /** The full log, names and ballots included, instead of the pseudonymous one (JSON only). */
  personal?: boolean;
  part?: CsvPart;
  /** The kept flip-chart photos' bytes: embedded in Word and the print page, carried in the JSON (base64). */
  photos?: readonly PhotoFile[];
}

export interface ExportFile {
  body: string | Buffer;
  contentType: string;
  contentDisposition: string;
}

/**
 * One workshop in one format, from its state and log at `now`, in the workshop's language unless another is asked for.
 * Every format is pseudonymous: the report holds no participant's name and only totals of votes and evaluation; the
 * JSON's log is made so too unless `personal` asks for the full one (named so in its file name).
 * The server runs this on a worker thread (workers/pool.ts): it takes everything as arguments and touches no I/O, so
 * it can; and a Word file of a big workshop takes a few hundred ms of CPU that the event loop cannot spare.
 */
export async function exportWorkshop(
  state: WorkshopState,
  events: readonly StoredEvent[],
  { format, now, language, personal = false, part = 'notes', photos = [] }: ExportRequest,
): Promise<ExportFile> {
  const def = state.definition;
  if (!def) throw new Error('the workshop has no definition yet');
  const report = buildHarvestReport(state, events, { now, language });
  const name = (ext: string, inline = false): string =>
    contentDisposition(def.title, def.date, ext, inline ? 'inline' : 'attachment');
  switch (format) {
    case 'json':
      return {
        body: withPhotos(renderJson(def, events, report, now, personal), photos),
        contentType: 'application/json; charset=utf-8',
        contentDisposition: name(personal ? 'personal-data.json' : 'json'),
      };
    case 'md':
      return {
        body: renderMarkdown(harvestDocument(report)),
        contentType: 'text/markdown; charset=utf-8',
        contentDisposition: name('md'),
      };
    case 'csv':
      return {
        body: renderCsv(report, part),
        contentType: 'text/csv; charset=utf-8',
        contentDisposition: name(`${translate(report.language, `harvest.csv.file.${part}`)}.csv`),
      };
    case 'zip':
      // The four CSV tables in one download, named as their single downloads are.
      return {
        body: storeZip(
          CSV_PARTS.map((p) => ({
            name: `${translate(report.language, `harvest.csv.file.${p}`)}.csv`,
            data: Buffer.from(renderCsv(report, p), 'utf8'),
          })),
          new Date(now),
        ),
        contentType: 'application/zip',
        contentDisposition: name(`${translate(report.language, 'harvest.csv.file.zip')}.zip`),
      };
    case 'docx': {
      const t = (key: MessageKey): string => translate(report.language, key);
      const reference = report.filing.reference;
      return {
        body: await renderDocx(harvestDocument(report), {
          title: report.title,
          language: report.language,
          header: reference ? `${report.title} · ${t('harvest.fact.reference')} ${reference}` : report.title,
          pageOf: t('harvest.docx.pageOf'),
          photos: photoBytes(photos),
        }),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        contentDisposition: name('docx'),
      };
    }
    case 'html':
      return {
        body: renderHtml(harvestDocument(report), {
          title: def.title,
          language: report.language,
          printLabel: translate(report.language, 'harvest.print.button'),
          photos: photoBytes(photos),
        }),
        contentType: 'text/html; charset=utf-8',
        contentDisposition: name('html', true),
      };
    default:
      return format satisfies never;
  }
}

const photoBytes = (photos: readonly PhotoFile[]): PhotoBytes => new Map(photos.map((p) => [p.photoId, p.data]));
