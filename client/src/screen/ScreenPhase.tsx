import type { WorkshopDefinition } from '@kafe/shared/agenda';
import { roundNumberOf } from '@kafe/shared/rounds';
import { wallClockOf } from '@kafe/shared/time';
import type { Timeline } from '@kafe/shared/timeline';
import { useWorkshop } from '../sync/hooks';
import { ClockRemaining, StartLine } from '../ui/ClockRemaining';
import { useT } from '../ui/i18n';
import { nextLine, questionOf, segmentTitle } from '../ui/workshopText';
import { JoinCorner } from './JoinCorner';
import { JoinInvite } from './JoinInvite';
import { PlainPhase } from './PlainPhase';
import { RoundStage } from './RoundStage';
import { WrapupStage } from './WrapupStage';

type Kind = 'welcome' | 'finished' | NonNullable<Timeline['segment']>['kind'];

function kindOf(timeline: Timeline): Kind {
  if (timeline.status === 'notStarted') return 'welcome';
  if (timeline.status === 'finished') return 'finished';
  return timeline.segment?.kind ?? 'other';
}

/** The projector's view of where the workshop is: one layout per kind of segment. */
export function ScreenPhase({ def, timeline }: { def: WorkshopDefinition; timeline: Timeline }) {
  const t = useT();
  const mixing = useWorkshop((s) => s.state.definition?.settings.mixing ?? false);
  const title = segmentTitle(t, timeline);
  const kind = kindOf(timeline);
  const clock = (
    <div className={`screen-clock ${timeline.overtime ? 'is-overtime' : ''}`}>
      <ClockRemaining def={def} timeline={timeline} />
      {timeline.status === 'paused' && <span className="screen-paused">{t('clock.paused')}</span>}
    </div>
  );
  const next = nextLine(t, def, timeline);
  switch (kind) {
    case 'welcome':
      return (
        <div className="screen-phase screen-welcome">
          <h1 className="screen-workshop">{def.title}</h1>
          <JoinInvite />
          <p className="screen-small">
            <span data-testid="segment-title">{title}</span> · <StartLine def={def} timeline={timeline} /> {clock}
          </p>
        </div>
      );
    case 'round': {
      // «Runde 1 av 3» says where the room is; «Spørsmål 1» beside «Første spørsmål» only said it twice.
      const n = timeline.segment ? roundNumberOf(def.agenda, timeline.segment.id) : null;
      const total = def.agenda.filter((s) => s.kind === 'round').length;
      return (
        <RoundStage
          title={title}
          progress={n ? t('screen.roundOf', { n, total }) : null}
          question={questionOf(def, timeline.segment)}
          questionId={timeline.segment?.questionId ?? null}
          clock={clock}
        />
      );
    }
    case 'rotation':
      return (
        <div className="screen-phase screen-rotation">
          <p className="screen-eyebrow" data-testid="segment-title">
            {title}
          </p>
          <h1 className="screen-big">{t('screen.rotate')}</h1>
          <p className="screen-lead" data-testid="rotation-help">
            {mixing ? t('screen.rotate.mixing') : t('screen.rotate.help')}
          </p>
          {clock}
          <JoinCorner />
        </div>
      );
    case 'break':
      return (
        <div className="screen-phase screen-break">
          <h1 className="screen-big" data-testid="segment-title">
            {title}
          </h1>
          {clock}
          {timeline.endsAt !== null && (
            <p className="screen-lead">{t('clock.resumeAt', { time: wallClockOf(timeline.endsAt, def.timeZone) })}</p>
          )}
        </div>
      );
    case 'finished':
      // No countdown at the end: a big 0:00 under "Thank you" reads as a timer that ran out.
      return (
        <div className="screen-phase screen-finished">
          <h1 className="screen-big">{t('screen.finished')}</h1>
          <p className="screen-lead">{def.title}</p>
          <p className="visually-hidden" data-testid="segment-title">
            {title}
          </p>
          {clock}
        </div>
      );
    case 'plenary':
      return <WrapupStage def={def} title={title} clock={clock} next={next} />;
    case 'intro':
    case 'talk':
    case 'other':
      return <PlainPhase workshopTitle={def.title} title={title} clock={clock} lead={next} />;
    default:
      return kind satisfies never;
  }
}
