import { useState } from 'react';
import { tokenFromLocation } from '../../sync/identity';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { FILES, PERSONAL_FILE, fetchExport, fileName, saveBlob, type ExportFile, type Status } from './exportFiles';
import { DeleteWorkshop, RetentionNote } from './DeleteWorkshop';
import { FilingFrame } from './FilingFrame';
import { MissingFiling } from './MissingFiling';
import { missingFilingFields, stepsWithoutOwnerOrDeadline } from '@kafe/shared/filingMissing';
import { SaveTemplate } from './SaveTemplate';
import { useTimeline } from '../../ui/useTimeline';
import { useKeptFocus } from '../useKeptFocus';

/**
 * Download the harvest report (Word, Markdown, a CSV per table, JSON), all pseudonymous, or after a confirmation the
 * full archive with personal data; open the print page; save the workshop as a template; see when the workshop is
 * deleted by itself, or delete it now.
 */
export function HarvestPanel() {
  const t = useT();
  const workshopId = useWorkshop((s) => s.workshopId);
  const def = useWorkshop((s) => s.state.definition);
  const filing = useWorkshop((s) => s.state.filing);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const timeline = useTimeline();
  // The buttons are disabled while a file is fetched: a keyboard user's focus comes back to the one pressed.
  const kept = useKeptFocus(status.kind === 'busy');
  const token = tokenFromLocation();
  if (!workshopId || !token) return null;
  const missing = def ? missingFilingFields(filing, def) : [];

  const run = async (task: () => Promise<string>): Promise<void> => {
    kept.note();
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
  const download = (file: ExportFile): Promise<void> =>
    run(async () => {
      const res = await fetchExport(workshopId, token, file.query);
      const name = fileName(res.headers.get('content-disposition'), `kafedialog.${file.ext}`);
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
        const html = await (await fetchExport(workshopId, token, 'format=html')).text();
        const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
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
      <FilingFrame missing={missing.length > 0} />
      <p className="help">{t('harvest.panel.help')}</p>
      <MissingFiling
        missing={missing}
        stepsLacking={stepsWithoutOwnerOrDeadline(filing)}
        status={timeline?.status ?? 'notStarted'}
      />
      <div className="btn-row">
        {FILES.map((file) => (
          <button
            key={file.id}
            type="button"
            className="btn"
            data-testid={`harvest-download-${file.id}`}
            disabled={status.kind === 'busy'}
            onClick={() => void download(file)}
          >
            {t(file.label)}
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
      <p className="help">{t('harvest.privacy.help')}</p>
      <p className="btn-row">
        <button
          type="button"
          className="btn"
          data-testid="harvest-download-personal"
          disabled={status.kind === 'busy'}
          onClick={() => {
            if (window.confirm(t('harvest.download.personal.confirm'))) void download(PERSONAL_FILE);
          }}
        >
          {t(PERSONAL_FILE.label)}
        </button>
      </p>
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
      <RetentionNote workshopId={workshopId} token={token} />
      <DeleteWorkshop workshopId={workshopId} token={token} />
    </div>
  );
}
