import type { MessageKey } from '@kafe/shared/i18n/nb/index';
import { safeDecode } from '../../sync/identity';

/** One file the panel offers: the export's query string (format, and which CSV table), its button and file type. */
export interface ExportFile {
  id: string;
  query: string;
  ext: string;
  label: MessageKey;
}

/** Every file is pseudonymous (no names, only totals of votes and answers); the full archive is asked for apart. */
export const FILES: ExportFile[] = [
  { id: 'docx', query: 'format=docx', ext: 'docx', label: 'harvest.download.docx' },
  { id: 'md', query: 'format=md', ext: 'md', label: 'harvest.download.md' },
  { id: 'csv-zip', query: 'format=zip', ext: 'zip', label: 'harvest.download.csv.zip' },
  { id: 'csv-notes', query: 'format=csv&part=notes', ext: 'csv', label: 'harvest.download.csv.notes' },
  { id: 'csv-summaries', query: 'format=csv&part=summaries', ext: 'csv', label: 'harvest.download.csv.summaries' },
  { id: 'csv-votes', query: 'format=csv&part=votes', ext: 'csv', label: 'harvest.download.csv.votes' },
  { id: 'csv-evaluation', query: 'format=csv&part=evaluation', ext: 'csv', label: 'harvest.download.csv.evaluation' },
  { id: 'json', query: 'format=json', ext: 'json', label: 'harvest.download.json' },
];

/** The full JSON log with participants' names and their own ballots and answers: only after the facilitator confirms. */
export const PERSONAL_FILE: ExportFile = {
  id: 'json-personal',
  query: 'format=json&personal=1',
  ext: 'json',
  label: 'harvest.download.personal',
};

export type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

/** The server's {error: {message}}, or the status line when the body says nothing. */
export async function failure(res: Response): Promise<string> {
  const body: unknown = await res.json().catch(() => null);
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const { error } = body;
    if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string')
      return error.message;
  }
  return `${res.status} ${res.statusText}`;
}

/** The file name the server chose: filename* (UTF-8, keeps æøå) before the ASCII filename. */
export function fileName(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star?.[1]) return safeDecode(star[1]);
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

// The token travels in a header, never in a URL, so downloads go through fetch and a blob URL rather than a plain link.
export async function fetchExport(workshopId: string, token: string, query: string): Promise<Response> {
  const res = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/export?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(await failure(res));
  return res;
}

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
