import { useMemo } from 'react';
import { voteRows } from '@kafe/shared/plenary/wrapupContent';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';

/**
 * Dot voting on the projector. While open: what is being voted on (the corner says "Vote on your phone now!" with
 * the QR code). Once revealed: how many voted, and each option's share of the dots, most first.
 */
export function WrapupVotes({ questionId }: { questionId: string }) {
  const t = useT();
  const state = useWorkshop((s) => s.state);
  const vote = state.votes[questionId];
  const rows = useMemo(() => voteRows(state, questionId), [state, questionId]);
  if (!vote) return <p className="screen-panel-empty">{t('plenary.wrapup.noVote')}</p>;
  if (!rows) {
    if (!vote.open) return <p className="screen-lead">{t('plenary.wrapup.votesHidden')}</p>;
    return (
      <ul className="vote-options" data-testid="vote-options">
        {vote.options.map((o) => (
          <li key={o.key}>{o.label}</li>
        ))}
      </ul>
    );
  }
  const total = rows.reduce((sum, r) => sum + r.dots, 0);
  const most = Math.max(1, ...rows.map((r) => r.dots));
  const share = (dots: number): number => (total === 0 ? 0 : Math.round((100 * dots) / total));
  return (
    <>
      {vote.voters !== undefined && (
        <p className="vote-voters" data-testid="vote-voters">
          {vote.voters === 1 ? t('plenary.wrapup.votersOne') : t('plenary.wrapup.voters', { n: vote.voters })}
        </p>
      )}
      <ol className="vote-results" data-testid="vote-results">
        {rows.slice(0, 8).map((r) => (
          <li key={r.key} className="vote-row">
            <span className="vote-label">{r.label}</span>
            <span className="vote-bar" aria-hidden="true">
              <span style={{ width: `${(100 * r.dots) / most}%` }} />
            </span>
            <span className="vote-share">
              <span aria-hidden="true">{t('plenary.wrapup.share', { pct: share(r.dots) })}</span>
              <span className="visually-hidden">{t('plenary.wrapup.shareLabel', { pct: share(r.dots) })}</span>
            </span>
            <span className="vote-dots">{t('plenary.wrapup.dots', { n: r.dots })}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
