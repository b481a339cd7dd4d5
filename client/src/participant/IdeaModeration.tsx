import { useState } from 'react';
import { notesOfTable } from '@kafe/shared/reducer';
import { useSend, useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { errorText } from '../ui/errorText';

/**
 * For the table host's tablet: participants' ideas at this table that wait for approval (ideas mode "approval").
 * Approved ideas join the host's notes and the screen; rejected ones stay in the record but are never shown.
 * Renders nothing when none wait.
 */
export function IdeaModeration({ table }: { table: number }) {
  const t = useT();
  const send = useSend();
  const state = useWorkshop((s) => s.state);
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const pending = notesOfTable(state, table).filter(
    (n) => n.source === 'participant' && n.status === 'pending' && !n.deleted,
  );
  if (pending.length === 0) return null;
  const moderate = (noteId: string, approved: boolean): void => {
    setBusy(noteId);
    void send('idea:moderate', { noteId, approved }).then((r) => {
      setBusy(null);
      setFailed(r.ok ? null : errorText(t, r.error));
    });
  };
  return (
    <section className="idea-moderation" aria-labelledby="idea-moderation-h">
      <h2 id="idea-moderation-h">{t('participant.moderate.title', { n: pending.length })}</h2>
      <p className="help">{t('participant.moderate.help')}</p>
      {failed && (
        <p className="form-error" role="alert">
          {t('participant.moderate.failed', { message: failed })}
        </p>
      )}
      <ul className="idea-moderation-list">
        {pending.map((n) => (
          <li key={n.id} className="idea-moderation-item" data-testid="pending-idea">
            <p className="idea-moderation-text">{n.text}</p>
            <div className="btn-row">
              <button
                type="button"
                className="btn btn-primary"
                disabled={busy === n.id}
                onClick={() => moderate(n.id, true)}
                aria-label={t('participant.moderate.approveLabel', { text: n.text })}
              >
                {t('participant.moderate.approve')}
              </button>
              <button
                type="button"
                className="btn"
                disabled={busy === n.id}
                onClick={() => moderate(n.id, false)}
                aria-label={t('participant.moderate.rejectLabel', { text: n.text })}
              >
                {t('participant.moderate.reject')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
