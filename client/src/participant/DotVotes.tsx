import type { Vote } from '@kafe/shared/state';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { BallotCard } from './BallotCard';
import { VoteResults } from './VoteResults';

/** Every vote the facilitator has opened, in question order: cast while open, then wait, then see the result. */
export default function DotVotes() {
  const t = useT();
  const votes = useWorkshop((s) => s.state.votes);
  const questions = useWorkshop((s) => s.state.definition?.questions ?? []);
  const me = useWorkshop((s) => s.participantId);
  const list = questions
    .map((q) => ({ q, vote: votes[q.id] }))
    .filter((x): x is { q: (typeof questions)[number]; vote: Vote } => x.vote !== undefined);
  return (
    <>
      {list.map(({ q, vote }) => (
        <section key={q.id} className="p-card p-vote" aria-labelledby={`p-vote-${q.id}`}>
          <h2 id={`p-vote-${q.id}`} className="p-card-title">
            {t('participant.vote.title')}
          </h2>
          <p className="p-vote-question">{q.text}</p>
          {vote.results ? (
            <VoteResults vote={vote} results={vote.results} />
          ) : vote.open && me ? (
            <BallotCard vote={vote} me={me} />
          ) : (
            <p className="notice">{t('participant.vote.closed')}</p>
          )}
        </section>
      ))}
    </>
  );
}
