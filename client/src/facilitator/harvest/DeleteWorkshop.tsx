import { useEffect, useState, type SubmitEvent } from 'react';
import { useWorkshop } from '../../sync/hooks';
import { useLanguage, useT } from '../../ui/i18n';
import { longDate } from '@kafe/shared/longDate';
import { failure, type Status } from './exportFiles';

/** When the server will delete this workshop by itself (RETENTION_DAYS after its date). */
export function RetentionNote({ workshopId, token }: { workshopId: string; token: string }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const [deletesOn, setDeletesOn] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void fetch(`/api/workshops/${encodeURIComponent(workshopId)}/retention`, {
      headers: { authorization: `Bearer ${token}` },
    })
      .then(async (res) => (res.ok ? ((await res.json()) as { deletesOn?: unknown }) : null))
      .then((body) => {
        if (live && typeof body?.deletesOn === 'string') setDeletesOn(body.deletesOn);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [workshopId, token]);
  if (!deletesOn) return null;
  return (
    <p className="help" data-testid="harvest-retention">
      {t('harvest.retention', { date: longDate(deletesOn, lang) })}
    </p>
  );
}

/** Deletes the workshop with everything in it, once the facilitator has typed its title (DELETE /api/workshops/:id). */
export function DeleteWorkshop({ workshopId, token }: { workshopId: string; token: string }) {
  const t = useT();
  const title = useWorkshop((s) => s.state.definition?.title ?? '');
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const confirmed = title !== '' && typed.trim() === title.trim();
  const submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    if (!confirmed) return;
    setStatus({ kind: 'busy' });
    try {
      const res = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${token}` },
      });
      if (!res.ok) throw new Error(await failure(res));
      setStatus({ kind: 'ok', text: t('harvest.delete.done') });
    } catch (err) {
      setStatus({
        kind: 'error',
        text: t('harvest.delete.failed', { message: err instanceof Error ? err.message : String(err) }),
      });
    }
  };
  return (
    <form className="harvest-delete" onSubmit={(e) => void submit(e)}>
      <h3>{t('harvest.delete.title')}</h3>
      <p className="help">{t('harvest.delete.help')}</p>
      <label className="field">
        <span>{t('harvest.delete.confirm', { title })}</span>
        <input
          data-testid="delete-confirm"
          value={typed}
          autoComplete="off"
          onChange={(e) => setTyped(e.target.value)}
        />
      </label>
      <button
        type="submit"
        className="btn btn-danger"
        data-testid="delete-workshop"
        disabled={!confirmed || status.kind === 'busy' || status.kind === 'ok'}
      >
        {t('harvest.delete.button')}
      </button>
      <p role="status" aria-live="polite" className={status.kind === 'error' ? 'form-error' : 'form-ok'}>
        {status.kind === 'ok' || status.kind === 'error' ? status.text : ''}
      </p>
    </form>
  );
}
