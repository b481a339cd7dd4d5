import { useMemo } from 'react';
import type { WorkshopDefinition } from '@kafe/shared/agenda';
import { wallClockOf } from '@kafe/shared/time';
import type { Timeline } from '@kafe/shared/timeline';
import { tokenFromLocation } from '../sync/identity';
import { useWorkshop } from '../sync/workshopStore';
import { ConnectionStatus } from '../ui/ConnectionStatus';
import { Countdown } from '../ui/Countdown';
import { useT } from '../ui/i18n';
import { Gate } from '../ui/PageShell';
import { useConnection } from '../ui/useConnection';
import { useTimeline } from '../ui/useTimeline';
import { nextLine, questionNumber, questionOf, segmentTitle } from '../ui/workshopText';
import { ActivityStrip } from './ActivityStrip';
import { JoinInvite } from './JoinInvite';

/** The projector: phase-driven, no scrolling, no mouse needed once open. */
export default function ScreenPage() {
  const t = useT();
  const token = useMemo(tokenFromLocation, []);
  useConnection(token ? { kind: 'token', token } : null);
  return (
    <main className="screen" id="main">
      {token ? (
        <Gate>
          <Stage />
        </Gate>
      ) : (
        <p role="alert">{t('error.noToken')}</p>
      )}
      <div className="screen-status">
        <ConnectionStatus />
      </div>
    </main>
  );
}

function Stage() {
  const def = useWorkshop((s) => s.state.definition);
  const timeline = useTimeline();
  if (!def || !timeline) return null;
  return <Phase def={def} timeline={timeline} />;
}

function Phase({ def, timeline }: { def: WorkshopDefinition; timeline: Timeline }) {
  const t = useT();
  const title = segmentTitle(t, timeline);
  const kind = timeline.status === 'notStarted' ? 'welcome' : timeline.status === 'finished' ? 'finished' : (timeline.segment?.kind ?? 'other');
  const clock = (
    <div className={`screen-clock ${timeline.overtime ? 'is-overtime' : ''}`}>
      <Countdown timeline={timeline} />
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
            <span data-testid="segment-title">{title}</span> · {clock}
          </p>
        </div>
      );
    case 'round': {
      const n = questionNumber(def, timeline.segment);
      return (
        <div className="screen-phase screen-round">
          <p className="screen-eyebrow">
            <span data-testid="segment-title">{title}</span>
            {n ? ` · ${t('question.n', { n })}` : ''}
          </p>
          <h1 className="screen-question" data-testid="current-question">
            {questionOf(def, timeline.segment)}
          </h1>
          {clock}
          <ActivityStrip />
        </div>
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
          {timeline.endsAt !== null && <p className="screen-lead">{t('clock.resumeAt', { time: wallClockOf(timeline.endsAt, def.timeZone) })}</p>}
        </div>
      );
    case 'finished':
      return (
        <div className="screen-phase screen-finished">
          <h1 className="screen-big" data-testid="segment-title">
            {t('screen.finished')}
          </h1>
          {clock}
        </div>
      );
    case 'intro':
    case 'plenary':
    case 'talk':
    case 'other':
      return (
        <div className="screen-phase screen-plain">
          <p className="screen-eyebrow">{def.title}</p>
          <h1 className="screen-big" data-testid="segment-title">
            {title}
          </h1>
          {clock}
          {next && <p className="screen-lead">{next}</p>}
        </div>
      );
    default:
      return kind satisfies never;
  }
}
