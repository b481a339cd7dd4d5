import type { ReactNode } from 'react';
import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { WrapupPart } from '@kafe/shared/constants';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { partTitle } from '../ui/wrapupParts';
import { JoinCorner } from './JoinCorner';
import { PlainPhase } from './PlainPhase';
import { WrapupInsights } from './WrapupInsights';
import { WrapupOverview } from './WrapupOverview';
import { WrapupSummaries } from './WrapupSummaries';
import { WrapupThemes } from './WrapupThemes';
import { WrapupVotes } from './WrapupVotes';

/**
 * The plenary: the screen follows the facilitator through the wrap-up, question by question and part by part, and
 * the overview of every question at once. The content is the main thing; the countdown sits small in a corner. Until
 * the facilitator shows a step, the block's title, its countdown and what comes next.
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
  const voteOpen = useWorkshop((s) => (question ? (s.state.votes[question.id]?.open ?? false) : false));
  // The evaluation open on the phones: the projector says so, with the QR code, whatever step it shows (the
  // facilitator opens it from the console, and the room would not know otherwise).
  const evaluationOpen = useWorkshop((s) => s.state.evaluation.open);
  const evaluationCorner = evaluationOpen ? <JoinCorner callout={t('plenary.wrapup.evaluationOpen')} /> : null;
  if (wrapup?.part === 'overview') {
    return (
      <WrapupFrame
        title={title}
        detail={partTitle(t, 'overview')}
        heading={t('plenary.overview.title')}
        clock={clock}
        questionId="all"
        part="overview"
        corner={evaluationCorner}
      >
        <WrapupOverview def={def} />
      </WrapupFrame>
    );
  }
  if (!wrapup || !question) {
    return (
      <PlainPhase
        workshopTitle={def.title}
        title={title}
        clock={clock}
        lead={next ?? t('plenary.wrapup.waiting')}
        corner={evaluationCorner}
      />
    );
  }
  const voting = wrapup.part === 'votes' && voteOpen;
  return (
    <WrapupFrame
      title={title}
      detail={`${t('question.n', { n: index + 1 })} · ${partTitle(t, wrapup.part)}`}
      heading={question.text}
      clock={clock}
      questionId={question.id}
      part={wrapup.part}
      corner={voting ? <JoinCorner callout={t('plenary.wrapup.votesOpen')} /> : evaluationCorner}
    >
      <WrapupPartView def={def} questionId={question.id} part={wrapup.part} />
    </WrapupFrame>
  );
}

function WrapupFrame(props: {
  title: string;
  detail: string;
  heading: string;
  clock: ReactNode;
  questionId: string;
  part: WrapupPart;
  corner?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const { title, detail, heading, clock, questionId, part, corner, children } = props;
  return (
    <div
      className="screen-phase screen-live screen-wrapup"
      data-testid="wrapup"
      data-question={questionId}
      data-part={part}
    >
      <header className="screen-live-top">
        <div className="screen-live-heading">
          <p className="screen-eyebrow">
            <span data-testid="segment-title">{title}</span> · {detail}
          </p>
          <h1 className="screen-live-question">{heading}</h1>
        </div>
        <div className="screen-wrapup-clock">{clock}</div>
        {corner}
      </header>
      <section className="wrapup-body" aria-label={partTitle(t, part)}>
        {children}
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
    case 'overview':
      return <WrapupOverview def={def} />;
    default:
      return part satisfies never;
  }
}
