import { useState, type SubmitEvent } from 'react';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { failure, type Status } from './exportFiles';

/** Saves this workshop's agenda, questions and settings as a template for the next one (POST /api/templates). */
export function SaveTemplate({ workshopId, token }: { workshopId: string; token: string }) {
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
