import { useState, type SubmitEvent } from 'react';
import type { MessageKey } from '@kafe/shared/i18n/nb/index';
import { tokenFromLocation } from '../../sync/identity';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { safeDecode } from '../../sync/identity';

type FileFormat = 'md' | 'docx' | 'csv' | 'json';
const FILES: { format: FileFormat; label: MessageKey }[] = [
  { format: 'docx', label: 'harvest.download.docx' },
  { format: 'md', label: 'harvest.download.md' },
  { format: 'csv', label: 'harvest.download.csv' },
  { format: 'json', label: 'harvest.download.json' },
];

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

/** The server's {error: {message}}, or the status line when the body says nothing. */
async function failure(res: Response): Promise<string> {
  const body: unknown = await res.json().catch(() => null);
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const { error } = body;
    if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string')
      return error.message;
  }
  return `${res.status} ${res.statusText}`;
}

/** The file name the server chose: filename* (UTF-8, keeps æøå) before the ASCII filename. */
function fileName(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star?.[1]) return safeDecode(star[1]);
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

// The token travels in a header, never in a URL, so downloads go through fetch and a blob URL rather than a plain link.
async function fetchExport(workshopId: string, token: string, format: FileFormat | 'html'): Promise<Response> {
  const res = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/export?format=${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(await failure(res));
  return res;
}

function saveBlob(blob: Blob, name: string): void {
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
const withBase = (html: string): string => html.replace('<head>', `<head><base href="${location.origin}/">`);

/** Download the harvest report (Word, Markdown, CSV, JSON), open the print page, and save the workshop as a template. */
export function HarvestPanel() {
  const t = useT();
  const workshopId = useWorkshop((s) => s.workshopId);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const token = tokenFromLocation();
  if (!workshopId || !token) return null;

  const run = async (task: () => Promise<string>): Promise<void> => {
    setStatus({ kind: 'busy' });
    try {
      setStatus({ kind: 'ok', text: await task() });
    } catch (err) {
      setStatus({
        kind: 'error',
        text: t('harvest.download.failed', { message: err instanceof Error ? err.message : String(err) }),
      });
    }
  };
  const download = (format: FileFormat): Promise<void> =>
    run(async () => {
      const res = await fetchExport(workshopId, token, format);
      const name = fileName(res.headers.get('content-disposition'), `kafedialog.${format}`);
      saveBlob(await res.blob(), name);
      return t('harvest.download.done', { file: name });
    });
  const print = (): void => {
    // Opened now, while the click still counts as the user's, or the browser blocks it as a pop-up; filled in below.
    const win = window.open('', '_blank');
    if (!win) {
      setStatus({ kind: 'error', text: t('harvest.print.blocked') });
      return;
    }
    void run(async () => {
      try {
        const html = await (await fetchExport(workshopId, token, 'html')).text();
        const url = URL.createObjectURL(new Blob([withBase(html)], { type: 'text/html;charset=utf-8' }));
        win.location.href = url;
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
        return t('harvest.print.opened');
      } catch (err) {
        win.close();
        throw err;
      }
    });
  };

  return (
    <div className="harvest">
      <p className="help">{t('harvest.panel.help')}</p>
      <div className="btn-row">
        {FILES.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="btn"
            data-testid={`harvest-download-${format}`}
            disabled={status.kind === 'busy'}
            onClick={() => void download(format)}
          >
            {t(label)}
          </button>
        ))}
        <button
          type="button"
          className="btn btn-primary"
          data-testid="harvest-print"
          disabled={status.kind === 'busy'}
          onClick={print}
        >
          {t('harvest.download.print')}
        </button>
      </div>
      <p
        role="status"
        aria-live="polite"
        className={status.kind === 'error' ? 'form-error' : 'help'}
        data-testid="harvest-status"
      >
        {status.kind === 'busy'
          ? t('harvest.download.busy')
          : status.kind === 'ok' || status.kind === 'error'
            ? status.text
            : ''}
      </p>
      <SaveTemplate workshopId={workshopId} token={token} />
    </div>
  );
}

function SaveTemplate({ workshopId, token }: { workshopId: string; token: string }) {
  const t = useT();
  const title = useWorkshop((s) => s.state.definition?.title ?? '');
  const [name, setName] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const chosen = name.trim() || title;
    setStatus({ kind: 'busy' });
    try {
      const res = await fetch('/api/templates', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ workshopId, name: chosen }),
      });
      if (!res.ok) throw new Error(await failure(res));
      setStatus({ kind: 'ok', text: t('harvest.template.saved', { name: chosen }) });
    } catch (err) {
      setStatus({
        kind: 'error',
        text: t('harvest.template.failed', { message: err instanceof Error ? err.message : String(err) }),
      });
    }
  };
  return (
    <form className="harvest-template" onSubmit={(e) => void submit(e)}>
      <h3>{t('harvest.template.title')}</h3>
      <p className="help">{t('harvest.template.help')}</p>
      <label className="field">
        <span>{t('harvest.template.name')}</span>
        <input
          data-testid="template-name"
          value={name}
          placeholder={title}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <button type="submit" className="btn" data-testid="template-save" disabled={status.kind === 'busy'}>
        {t('harvest.template.save')}
      </button>
      <p role="status" aria-live="polite" className={status.kind === 'error' ? 'form-error' : 'form-ok'}>
        {status.kind === 'ok' || status.kind === 'error' ? status.text : ''}
      </p>
    </form>
  );
}
