import { useId } from 'react';
import type { Question } from '@kafe/shared/agenda';
import { tally } from '@kafe/shared/decide/voting';
import type { Vote } from '@kafe/shared/state';
import { timelineAt } from '@kafe/shared/timeline';
import { starredOptions, themeOptions, type VoteOption } from '@kafe/shared/participation/summaries';
import { useScreenThemes } from '../../ui/useScreenThemes';
import { serverNow } from '../../sync/serverClock';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { useFacilitatorCommand } from '../useCommand';
import { CommandError, useSetting } from './ParticipantsCommand';

/** Dot voting per question, on its current themes (or, before themes exist, its starred notes). */
export function ParticipantsVoting() {
  const t = useT();
  const questions = useWorkshop((s) => s.state.definition?.questions);
  const {
    value: dots,
    set,
    error,
  } = useSetting(
    'dotsPerParticipant',
    useWorkshop((s) => s.state.definition?.settings.dotsPerParticipant),
  );
  if (!questions || dots === undefined) return null;
  return (
    <>
      <label className="field field-inline">
        <span>{t('participant.fac.vote.dots')}</span>
        <select value={dots} onChange={(e) => set(Number(e.target.value))}>
          {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <CommandError error={error} />
      <ol className="fac-votes">
        {questions.map((q, i) => (
          <QuestionVote key={q.id} question={q} n={i + 1} />
        ))}
      </ol>
    </>
  );
}

function QuestionVote({ question, n }: { question: Question; n: number }) {
  const t = useT();
  // Each question has its own «Åpne avstemningen», «Lukk» and «Vis resultatet»: a screen reader hears which one.
  const questionTextId = useId();
  const vote = useWorkshop((s) => s.state.votes[question.id]);
  const state = useWorkshop((s) => s.state);
  // The same themes the projector shows: curated, hidden ones left out.
  const onScreen = useScreenThemes(question.id);
  const { run, busy, error } = useFacilitatorCommand();
  const fromThemes = themeOptions(onScreen);
  const options: VoteOption[] = fromThemes ?? starredOptions(state, question.id);
  // In the plenary, an opened vote goes up on the projector as this question's vote step (the options and «Stem på
  // mobilen nå» with the QR code): else the screen keeps the step it was on, say another question's themes, and the
  // room is not told to vote. Before the plenary the screen shows the rounds, and the walker is left as it is.
  const inPlenary = (): boolean =>
    state.definition !== null && timelineAt(state.definition, state.clock, serverNow()).segment?.kind === 'plenary';
  const open = async (): Promise<void> => {
    if (vote && !window.confirm(t('participant.fac.vote.reopenConfirm'))) return;
    if ((await run('vote:open', { questionId: question.id, options })) && inPlenary())
      await run('wrapup:show', { questionId: question.id, part: 'votes' });
  };
  // «Vis resultatet» shows it on the projector too: the result goes up on the screen as the wrap-up's vote step of
  // this question, not only into the state, where the projector would keep showing whatever step it was on.
  const reveal = async (): Promise<void> => {
    if (await run('vote:reveal', { questionId: question.id }))
      await run('wrapup:show', { questionId: question.id, part: 'votes' });
  };
  return (
    <li className="fac-vote">
      <p className="fac-vote-question" id={questionTextId}>
        <strong>{t('question.n', { n })}:</strong> {question.text}
      </p>
      <p className="help">
        {options.length === 0
          ? t('participant.fac.vote.noOptions')
          : t(fromThemes ? 'participant.fac.vote.fromThemes' : 'participant.fac.vote.fromStars', { n: options.length })}
      </p>
      <div className="btn-row">
        {(!vote || !vote.open) && (
          <button
            type="button"
            className="btn"
            aria-describedby={questionTextId}
            disabled={busy || options.length === 0}
            onClick={() => void open()}
          >
            {vote ? t('participant.fac.vote.reopen') : t('participant.fac.vote.open')}
          </button>
        )}
        {vote?.open && (
          <button
            type="button"
            className="btn"
            aria-describedby={questionTextId}
            disabled={busy}
            onClick={() => void run('vote:close', { questionId: question.id })}
          >
            {t('participant.fac.vote.close')}
          </button>
        )}
        {vote && !vote.results && (
          <button
            type="button"
            className="btn btn-primary"
            aria-describedby={questionTextId}
            disabled={busy}
            onClick={() => void reveal()}
          >
            {t('participant.fac.vote.reveal')}
          </button>
        )}
      </div>
      <CommandError error={error} />
      {vote && <VoteStatus vote={vote} />}
    </li>
  );
}

/** The leading options shown here; the projector shows them all once revealed, and the report keeps every count. */
const SHOWN_OPTIONS = 3;

/** Who has voted, and the count so far (the facilitator sees it live; everyone else only once revealed). */
function VoteStatus({ vote }: { vote: Vote }) {
  const t = useT();
  const voters = Object.keys(vote.ballots).length;
  const counts = vote.results ?? tally(vote.ballots);
  const rows = vote.options.map((o) => ({ ...o, n: counts[o.key] ?? 0 })).sort((a, b) => b.n - a.n);
  const status = vote.results
    ? t('participant.fac.vote.revealed', { voters })
    : vote.open
      ? t('participant.fac.vote.isOpen', { voters })
      : t('participant.fac.vote.isClosed', { voters });
  return (
    <>
      <p role="status">{status}</p>
      <ol className="fac-tally">
        {rows.slice(0, SHOWN_OPTIONS).map((r) => (
          <li key={r.key}>
            {r.label} <strong>{t('participant.vote.dots', { n: r.n })}</strong>
          </li>
        ))}
      </ol>
    </>
  );
}
