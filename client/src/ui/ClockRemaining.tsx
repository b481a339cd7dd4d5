import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { Timeline } from '@kafe/shared/timeline';
import { startAnnouncement } from '@kafe/shared/timelineStart';
import { serverNow } from '../sync/serverClock';
import { Countdown } from './Countdown';
import { useT } from './i18n';

type Props = { def: WorkshopDefinition; timeline: Timeline };

/**
 * The countdown on every page. Before the start it counts down to the planned start on the workshop's day, and shows
 * no time otherwise: the first segment's length there used to read as a time of day ('Intro · 15:00').
 * The element stays, empty, so `clock-remaining` is on every page at every moment.
 */
export function ClockRemaining({ def, timeline }: Props) {
  // After the last segment there is nothing left to count: 0:00 would read as a timer that ran out.
  if (timeline.status === 'finished') return <span data-testid="clock-remaining" role="timer" hidden />;
  // The caller re-renders every server second, so this flips to "no countdown" within a second of the planned start.
  const start = startAnnouncement(def, timeline, serverNow());
  if (!start) return <Countdown timeline={timeline} />;
  if (start.countdown) return <Countdown timeline={{ endsAt: start.startsAt, remainingMs: 0 }} />;
  return <span data-testid="clock-remaining" role="timer" hidden />;
}

/** 'Vi starter kl. 12:45' before the clock is started; nothing after. */
export function StartLine({ def, timeline, className }: Props & { className?: string }) {
  const t = useT();
  const start = startAnnouncement(def, timeline, serverNow());
  if (!start) return null;
  return (
    <span className={className} data-testid="start-time">
      {t('clock.startsAt', { time: start.time })}
    </span>
  );
}
