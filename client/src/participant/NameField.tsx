import { useState } from 'react';
import { LIMITS } from '@kafe/shared/constants';
import { useSend, useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';

/** An optional display name, folded away: people are anonymous unless they choose otherwise. */
export function NameField() {
  const t = useT();
  const send = useSend();
  const saved = useWorkshop((s) => (s.participantId ? (s.state.participants[s.participantId]?.name ?? '') : ''));
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const value = draft ?? saved;
  const save = (): void => {
    void send('participant:name', { name: value.trim() }).then((r) => {
      setStatus(r.ok ? 'saved' : 'failed');
      if (r.ok) setDraft(null);
    });
  };
  return (
    <details className="p-card p-name">
      <summary className="p-summary">{t('participant.name.title')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label className="field">
          <span>{t('participant.name.label')}</span>
          <input
            value={value}
            maxLength={LIMITS.nameChars}
            autoComplete="nickname"
            onChange={(e) => {
              setDraft(e.target.value);
              setStatus('idle');
            }}
            aria-describedby="p-name-help"
          />
        </label>
        <p id="p-name-help" className="help">
          {t('participant.name.help')}
        </p>
        <div className="btn-row">
          <button type="submit" className="btn">
            {t('common.save')}
          </button>
          <span role="status" className={status === 'failed' ? 'form-error' : 'form-ok'}>
            {status === 'saved' ? t('common.saved') : status === 'failed' ? t('participant.notSaved') : ''}
          </span>
        </div>
      </form>
    </details>
  );
}
