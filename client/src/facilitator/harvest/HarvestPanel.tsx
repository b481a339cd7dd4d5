import { useState } from 'react';
import { tokenFromLocation } from '../../sync/identity';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { FILES, fetchExport, fileName, saveBlob, withBase, type FileFormat, type Status } from './exportFiles';
import { SaveTemplate } from './SaveTemplate';

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
