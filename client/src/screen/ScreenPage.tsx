import { useMemo } from 'react';
import type { WorkshopDefinition } from '@kafe/shared/agenda';
import { wallClockOf } from '@kafe/shared/time';
import type { Timeline } from '@kafe/shared/timeline';
import { tokenFromLocation } from '../sync/identity';
import { useWorkshop } from '../sync/hooks';
import { SyncPage } from '../sync/SyncPage';
import { ConnectionStatus } from '../ui/ConnectionStatus';
import { ClockRemaining, StartLine } from '../ui/ClockRemaining';
import { useT } from '../ui/i18n';
import { Gate } from '../ui/PageShell';
import { MessageBanner } from '../ui/MessageBanner';
import { useTimeline } from '../ui/useTimeline';
import { nextLine, questionNumber, questionOf, segmentTitle } from '../ui/workshopText';
import { FullscreenButton } from './FullscreenButton';
import { JoinInvite } from './JoinInvite';
import { PlainPhase } from './PlainPhase';
import { RoundStage } from './RoundStage';
import { Spotlight } from './Spotlight';
import { usePhaseChime } from './usePhaseChime';
import { WrapupStage } from './WrapupStage';

/** The projector: phase-driven, no scrolling, no mouse needed once open. */
export default function ScreenPage() {
  const t = useT();
  const token = useMemo(() => tokenFromLocation(), []);
  return (
    <SyncPage credentials={token ? { kind: 'token', token } : null}>
      <main className="screen" id="main">
        {token ? (
          <Gate>
            <Stage />
          </Gate>
        ) : (
          <p role="alert">{t('error.noToken')}</p>
        )}
        <div className="screen-status">
          <FullscreenButton />
          <ConnectionStatus />
        </div>
      </main>
    </SyncPage>
  );
}

function Stage() {
  const def = useWorkshop((s) => s.state.definition);
  const timeline = useTimeline();
  const chime = useWorkshop((s) => s.state.definition?.settings.chime ?? true);
  if (!def || !timeline) return null;
  return <Live def={def} timeline={timeline} chime={chime} />;
}

/** The phase, with what goes over any phase: the facilitator's messages and the spotlight. */
function Live({ def, timeline, chime }: { def: WorkshopDefinition; timeline: Timeline; chime: boolean }) {
  usePhaseChime(timeline, chime);
  return (
    <>
      <MessageBanner variant="screen" />
      <Phase def={def} timeline={timeline} />
      <Spotlight />
    </>
  );
}

function Phase({ def, timeline }: { def: WorkshopDefinition; timeline: Timeline }) {
  const t = useT();
  const title = segmentTitle(t, timeline);
  const kind =
    timeline.status === 'notStarted'
      ? 'welcome'
      : timeline.status === 'finished'
        ? 'finished'
        : (timeline.segment?.kind ?? 'other');
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
      const n = questionNumber(def, timeline.segment);
      return (
        <RoundStage
          title={title}
          detail={n ? t('question.n', { n }) : null}
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
          <p className="screen-lead">{t('screen.rotate.help')}</p>
          {clock}
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
      return (
        <div className="screen-phase screen-finished">
          <h1 className="screen-big">{t('screen.finished')}</h1>
          <p className="screen-lead" data-testid="segment-title">
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
