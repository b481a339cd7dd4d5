import { useEffect, useMemo, useState } from 'react';
import { tokenFromLocation } from '../../sync/identity';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';

const isOpenReply = (v: unknown): v is { open: boolean } => typeof v === 'object' && v !== null && 'open' in v && typeof v.open === 'boolean';
const errorMessage = (v: unknown): string | null =>
  typeof v === 'object' && v !== null && 'error' in v && typeof v.error === 'object' && v.error !== null && 'message' in v.error && typeof v.error.message === 'string'
    ? v.error.message
    : null;

/**
 * Open or close joining by code (GET/POST /api/workshops/:id/joining). Closed: new phones are told the workshop takes no
 * more participants; those already in can still reconnect.
 */
export function ParticipantsJoin() {
  const t = useT();
  const workshopId = useWorkshop((s) => s.workshopId);
  const token = useMemo(tokenFromLocation, []);
  const [open, setOpen] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const call = async (init?: RequestInit): Promise<void> => {
    if (!workshopId || !token) return;
    try {
      const res = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/joining`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      });
      const body: unknown = await res.json().catch(() => null);
      if (res.ok && isOpenReply(body)) {
        setOpen(body.open);
        setError(null);
      } else setError(errorMessage(body) ?? `HTTP ${res.status}`);
    } catch {
      setError(t('participant.offline'));
    }
  };

  useEffect(() => {
    void call();
    // Read once per workshop; the buttons update it after.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workshopId]);

  const toggle = (next: boolean): void => {
    setBusy(true);
    void call({ method: 'POST', body: JSON.stringify({ open: next }) }).finally(() => setBusy(false));
  };
  return (
    <div className="fac-join">
      <p>
        <strong>{t('participant.fac.join')}:</strong>{' '}
        <span role="status">{open === null ? t('common.loading') : open ? t('participant.fac.join.open') : t('participant.fac.join.closed')}</span>
      </p>
      {open !== null && (
        <button type="button" className="btn" disabled={busy} onClick={() => toggle(!open)} data-testid="join-toggle">
          {open ? t('participant.fac.join.close') : t('participant.fac.join.reopen')}
        </button>
      )}
      {error && (
        <p className="form-error" role="alert">
          {t('participant.fac.failed', { message: error })}
        </p>
      )}
    </div>
  );
}
