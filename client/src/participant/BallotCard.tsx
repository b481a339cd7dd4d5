import { useEffect, useState } from 'react';
import type { Vote } from '@kafe/shared/state';
import { useSend, useSync, useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { dotsUsed, sameBallot, withDot, type Ballot } from './ballot';

const SEND_AFTER_MS = 400;
const RETRY_AFTER_MS = 2000;

/**
 * N dots over the options. Every change is saved (the whole allocation, which replaces the last one on the server, so
 * a reload or a retry can never vote twice) and can be changed until the facilitator closes the vote.
 */
export function BallotCard({ vote, me }: { vote: Vote; me: string }) {
  const t = useT();
  const send = useSend();
  const sync = useSync();
  const saved = vote.ballots[me] ?? {};
  const [draft, setDraft] = useState<Ballot>(saved);
  const [error, setError] = useState(false);
  // "lagret" is a promise that the server has this ballot: true once it holds one for this phone, or answered a change.
  const [confirmed, setConfirmed] = useState(vote.ballots[me] !== undefined);
  const [retry, setRetry] = useState(0);
  const online = useWorkshop((s) => s.connection === 'online');
  const dirty = !sameBallot(draft, saved);

  useEffect(() => {
    if (!dirty || !online) return;
    const timer = window.setTimeout(() => {
      void send('vote:cast', { questionId: vote.questionId, dots: draft }).then((r) => {
        if (r.ok) {
          setError(false);
          setConfirmed(true);
          return;
        }
        if (r.error.code === 'internal' || r.error.code === 'rate_limited') {
          window.setTimeout(() => setRetry((n) => n + 1), RETRY_AFTER_MS);
          return;
        }
        // Refused (the vote closed meanwhile, say): show what the server holds.
        setError(true);
        setDraft(sync?.workshop.getState().state.votes[vote.questionId]?.ballots[me] ?? {});
      });
    }, SEND_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [draft, dirty, online, retry, vote.questionId, me, send, sync]);

  const used = dotsUsed(draft);
  const status = error
    ? t('participant.notSaved')
    : !dirty
      ? confirmed
        ? t('participant.vote.saved')
        : null
      : online
        ? t('participant.vote.saving')
        : t('participant.vote.offline');
  return (
    <>
      <p className="help">{t('participant.vote.help', { dots: vote.dots })}</p>
      <ul className="p-list">
        {vote.options.map((o) => {
          const n = draft[o.key] ?? 0;
          return (
            <li key={o.key} className="p-option">
              <span className="p-option-label">{o.label}</span>
              <span className="p-stepper">
                <button
                  type="button"
                  className="btn p-step"
                  onClick={() => setDraft((d) => withDot(d, o.key, -1, vote.dots))}
                  disabled={n === 0}
                  aria-label={t('participant.vote.remove', { label: o.label })}
                >
                  −
                </button>
                <span className="p-dots">
                  <span aria-hidden="true">{n}</span>
                  <span className="visually-hidden">{t('participant.vote.dots', { n })}</span>
                </span>
                <button
                  type="button"
                  className="btn p-step"
                  onClick={() => setDraft((d) => withDot(d, o.key, 1, vote.dots))}
                  disabled={used >= vote.dots}
                  aria-label={t('participant.vote.add', { label: o.label })}
                >
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="p-vote-status" role="status">
        {t('participant.vote.used', { used, dots: vote.dots })}
        {status !== null && ` · ${status}`}
      </p>
    </>
  );
}
