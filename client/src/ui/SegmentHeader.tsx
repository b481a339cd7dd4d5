import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { Timeline } from '@kafe/shared/timeline';
import { ClockRemaining, StartLine } from './ClockRemaining';
import { useT } from './i18n';
import { clockStatus, nextLine, questionOf, segmentTitle } from './workshopText';

/** Segment title, countdown, question and what comes next: the same on every role's page, sized by `variant`. */
export function SegmentHeader({
  def,
  timeline,
  variant = 'normal',
}: {
  def: WorkshopDefinition;
  timeline: Timeline;
  variant?: 'normal' | 'compact';
}) {
  const t = useT();
  const question = questionOf(def, timeline.segment);
  const next = nextLine(t, def, timeline);
  const status = clockStatus(t, timeline);
  return (
    <section className={`segment segment-${variant}`} aria-label={t('clock.remaining')}>
      <div className="segment-top">
        <h2 className="segment-title" data-testid="segment-title">
          {segmentTitle(t, timeline)}
        </h2>
        <div className={`segment-clock ${timeline.overtime ? 'is-overtime' : ''}`}>
          <ClockRemaining def={def} timeline={timeline} />
          {status && <span className="segment-status">{status}</span>}
        </div>
      </div>
      {question && timeline.segment?.kind === 'round' && (
        <p className="segment-question" data-testid="current-question">
          {question}
        </p>
      )}
      {/* Before the start the next line would only repeat the title: say when we start instead. */}
      {timeline.status === 'notStarted' ? (
        <p className="segment-next">
          <StartLine def={def} timeline={timeline} />
        </p>
      ) : (
        next && <p className="segment-next">{next}</p>
      )}
    </section>
  );
}
