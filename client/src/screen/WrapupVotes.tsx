import { useMemo } from 'react';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { voteRows } from '@kafe/shared/plenary/wrapupContent';

/** Dot-vote results once the facilitator reveals them; until then, a call to vote (or a note that none is held). */
export function WrapupVotes({ questionId }: { questionId: string }) {
  const t = useT();
  const state = useWorkshop((s) => s.state);
  const vote = state.votes[questionId];
  const rows = useMemo(() => voteRows(state, questionId), [state, questionId]);
  if (!vote) return <p className="screen-panel-empty">{t('plenary.wrapup.noVote')}</p>;
  if (!rows)
    return <p className="screen-lead">{vote.open ? t('plenary.wrapup.votesOpen') : t('plenary.wrapup.votesHidden')}</p>;
  const most = Math.max(1, ...rows.map((r) => r.dots));
  return (
    <ol className="vote-results" data-testid="vote-results">
      {rows.slice(0, 8).map((r) => (
        <li key={r.key} className="vote-row">
          <span className="vote-label">{r.label}</span>
          <span className="vote-bar" aria-hidden="true">
            <span style={{ width: `${(100 * r.dots) / most}%` }} />
          </span>
          <span className="vote-dots">{t('plenary.wrapup.dots', { n: r.dots })}</span>
        </li>
      ))}
    </ol>
  );
}
