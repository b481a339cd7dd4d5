import { lazy, Suspense } from 'react';
import { useWorkshop } from '../sync/hooks';

// Loaded only when the facilitator opens them, so joining stays small and fast on a weak network.
const DotVotes = lazy(() => import('./DotVotes'));
const Evaluation = lazy(() => import('./Evaluation'));

/** Dot voting in the wrap-up and the closing evaluation, when the facilitator opens them. */
export function Extras() {
  const voting = useWorkshop((s) => Object.keys(s.state.votes).length > 0);
  const evaluating = useWorkshop(
    (s) => s.state.evaluation.open || (s.participantId !== null && s.participantId in s.state.evaluation.answers),
  );
  if (!voting && !evaluating) return null;
  return (
    <Suspense fallback={null}>
      {voting && <DotVotes />}
      {evaluating && <Evaluation />}
    </Suspense>
  );
}

/** Whether this phone has something to do in the extras right now: an open vote, or an evaluation not yet answered. */
export function useExtrasTask(): boolean {
  return useWorkshop(
    (s) =>
      Object.values(s.state.votes).some((v) => v.open) ||
      (s.state.evaluation.open && (s.participantId === null || !(s.participantId in s.state.evaluation.answers))),
  );
}
