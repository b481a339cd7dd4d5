import type { MessageKey } from '@kafe/shared/i18n/nb/index';
import { safeDecode } from '../../sync/identity';

export type FileFormat = 'md' | 'docx' | 'csv' | 'json';
export const FILES: { format: FileFormat; label: MessageKey }[] = [
  { format: 'docx', label: 'harvest.download.docx' },
  { format: 'md', label: 'harvest.download.md' },
  { format: 'csv', label: 'harvest.download.csv' },
  { format: 'json', label: 'harvest.download.json' },
];

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
export async function fetchExport(workshopId: string, token: string, format: FileFormat | 'html'): Promise<Response> {
  const res = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/export?format=${format}`, {
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

/**
 * The print page opens from a blob: URL, whose relative links resolve nowhere; a <base> at our origin lets its
 * same-origin stylesheet and print button load (the CSP allows 'self' only).
 */
export const withBase = (html: string): string => html.replace('<head>', `<head><base href="${location.origin}/">`);
