import type { ReactNode } from 'react';
import { PlainPhase } from './PlainPhase';
import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { WrapupPart } from '@kafe/shared/constants';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { partTitle } from '../ui/wrapupParts';
import { WrapupInsights } from './WrapupInsights';
import { WrapupSummaries } from './WrapupSummaries';
import { WrapupThemes } from './WrapupThemes';
import { WrapupVotes } from './WrapupVotes';

/**
 * The plenary: the screen follows the facilitator through the wrap-up, question by question and part by part. Until
 * the facilitator shows a question, the block's title, its countdown and what comes next.
 */
export function WrapupStage({
  def,
  title,
  clock,
  next,
}: {
  def: WorkshopDefinition;
  title: string;
  clock: ReactNode;
  next: string | null;
}) {
  const t = useT();
  const wrapup = useWorkshop((s) => s.state.wrapup);
  const index = def.questions.findIndex((q) => q.id === wrapup?.questionId);
  const question = def.questions[index];
  if (!wrapup || !question) {
    return (
      <PlainPhase workshopTitle={def.title} title={title} clock={clock} lead={next ?? t('plenary.wrapup.waiting')} />
    );
  }
  return (
    <div
      className="screen-phase screen-live screen-wrapup"
      data-testid="wrapup"
      data-question={question.id}
      data-part={wrapup.part}
    >
      <header className="screen-live-top">
        <div>
          <p className="screen-eyebrow">
            <span data-testid="segment-title">{title}</span> · {t('question.n', { n: index + 1 })} ·{' '}
            {partTitle(t, wrapup.part)}
          </p>
          <h1 className="screen-live-question">{question.text}</h1>
        </div>
        <div className="screen-live-clock">{clock}</div>
      </header>
      <section className="wrapup-body" aria-label={partTitle(t, wrapup.part)}>
        <WrapupPartView def={def} questionId={question.id} part={wrapup.part} />
      </section>
    </div>
  );
}

function WrapupPartView({ def, questionId, part }: { def: WorkshopDefinition; questionId: string; part: WrapupPart }) {
  switch (part) {
    case 'themes':
      return <WrapupThemes questionId={questionId} />;
    case 'insights':
      return <WrapupInsights questionId={questionId} />;
    case 'summaries':
      return <WrapupSummaries def={def} questionId={questionId} />;
    case 'votes':
      return <WrapupVotes questionId={questionId} />;
    default:
      return part satisfies never;
  }
}
