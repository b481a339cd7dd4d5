import { useCallback, useEffect, useMemo, useState } from 'react';
import { tokenFromLocation } from '../../sync/identity';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';

const isOpenReply = (v: unknown): v is { open: boolean } =>
  typeof v === 'object' && v !== null && 'open' in v && typeof v.open === 'boolean';
const errorMessage = (v: unknown): string | null =>
  typeof v === 'object' &&
  v !== null &&
  'error' in v &&
  typeof v.error === 'object' &&
  v.error !== null &&
  'message' in v.error &&
  typeof v.error.message === 'string'
    ? v.error.message
    : null;

type Joining = { ok: true; open: boolean } | { ok: false; message: string | null };

/** Asks (or, with a POST, sets) whether joining is open; a null message means the request did not get through. */
async function joining(workshopId: string, token: string, init?: RequestInit): Promise<Joining> {
  try {
    const res = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/joining`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
    const body: unknown = await res.json().catch(() => null);
    if (res.ok && isOpenReply(body)) return { ok: true, open: body.open };
    return { ok: false, message: errorMessage(body) ?? `HTTP ${res.status}` };
  } catch {
    return { ok: false, message: null };
  }
}

/**
 * Open or close joining by code (GET/POST /api/workshops/:id/joining). Closed: new phones are told the workshop takes no
 * more participants; those already in can still reconnect.
 */
export function ParticipantsJoin() {
  const t = useT();
  const workshopId = useWorkshop((s) => s.workshopId);
  const token = useMemo(() => tokenFromLocation(), []);
  const [open, setOpen] = useState<boolean | null>(null);
  const [failure, setFailure] = useState<{ message: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const settle = useCallback((reply: Joining): void => {
    if (reply.ok) setOpen(reply.open);
    setFailure(reply.ok ? null : { message: reply.message });
  }, []);

  // Read once per workshop; the buttons update it after.
  useEffect(() => {
    if (!workshopId || !token) return;
    let current = true;
    void joining(workshopId, token).then((reply) => {
      if (current) settle(reply);
    });
    return () => {
      current = false;
    };
  }, [workshopId, token, settle]);

  const toggle = (next: boolean): void => {
    if (!workshopId || !token) return;
    setBusy(true);
    void joining(workshopId, token, { method: 'POST', body: JSON.stringify({ open: next }) })
      .then(settle)
      .finally(() => setBusy(false));
  };
  const error = failure && (failure.message ?? t('participant.offline'));
  return (
    <div className="fac-join">
      <p>
        <strong>{t('participant.fac.join')}:</strong>{' '}
        <span role="status">
          {open === null
            ? t('common.loading')
            : open
              ? t('participant.fac.join.open')
              : t('participant.fac.join.closed')}
        </span>
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
