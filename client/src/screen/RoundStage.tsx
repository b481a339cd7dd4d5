import type { ReactNode } from 'react';
import { JoinCorner } from './JoinCorner';
import { LiveWall } from './LiveWall';
import { ThemePanel } from './ThemePanel';

/**
 * During a round: the question, the countdown and how to join on top; the live wall (a tile per table) and the
 * emerging themes below.
 */
export function RoundStage(props: {
  title: string;
  /** «Runde 1 av 3», before the segment's own title. */
  progress: string | null;
  question: string | null;
  questionId: string | null;
  clock: ReactNode;
}) {
  const { title, progress, question, questionId, clock } = props;
  return (
    <div className="screen-phase screen-live screen-round">
      <header className="screen-live-top">
        <div className="screen-live-heading">
          <p className="screen-eyebrow">
            {progress ? `${progress} · ` : ''}
            <span data-testid="segment-title">{title}</span>
          </p>
          <h1 className="screen-live-question" data-testid="current-question">
            {question}
          </h1>
        </div>
        <div className="screen-live-clock">{clock}</div>
        <JoinCorner />
      </header>
      {questionId && (
        <div className="screen-live-body">
          <LiveWall questionId={questionId} />
          <ThemePanel questionId={questionId} />
        </div>
      )}
    </div>
  );
}
