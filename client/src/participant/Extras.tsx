import { lazy, Suspense } from 'react';
import { useWorkshop } from '../sync/hooks';

// Loaded only when the facilitator opens them, so joining stays small and fast on a weak network.
const DotVotes = lazy(() => import('./DotVotes'));
const Evaluation = lazy(() => import('./Evaluation'));

/**
 * Dot voting in the wrap-up and the closing evaluation, when the facilitator opens them. What is to be done comes
 * first: an evaluation waiting for answers goes above the results of a vote that is over.
 */
export function Extras() {
  const voting = useWorkshop((s) => Object.keys(s.state.votes).length > 0);
  const voteOpen = useWorkshop((s) => Object.values(s.state.votes).some((v) => v.open));
  const evaluating = useWorkshop(
    (s) => s.state.evaluation.open || (s.participantId !== null && s.participantId in s.state.evaluation.answers),
  );
  const evaluationTask = useEvaluationTask();
  if (!voting && !evaluating) return null;
  const evaluationFirst = evaluationTask && !voteOpen;
  return (
    <Suspense fallback={null}>
      {evaluating && evaluationFirst && <Evaluation />}
      {voting && <DotVotes />}
      {evaluating && !evaluationFirst && <Evaluation />}
    </Suspense>
  );
}

/** The evaluation is open and this phone has not answered it yet. */
function useEvaluationTask(): boolean {
  return useWorkshop(
    (s) => s.state.evaluation.open && (s.participantId === null || !(s.participantId in s.state.evaluation.answers)),
  );
}

/** Whether this phone has something to do in the extras right now: an open vote, or an evaluation not yet answered. */
export function useExtrasTask(): boolean {
  const voteOpen = useWorkshop((s) => Object.values(s.state.votes).some((v) => v.open));
  return useEvaluationTask() || voteOpen;
}
