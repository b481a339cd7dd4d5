import { useLayoutEffect, useRef } from 'react';
import { formatRemaining } from '@kafe/shared/time';
import type { Timeline } from '@kafe/shared/timeline';
import { onClockOffset, serverNow } from '../sync/serverClock';

/**
 * The remaining time, rendered from the server-time deadline and flipped exactly on server-second boundaries, so
 * every device in the room changes second together. Writes the text node directly: no React render in the way.
 */
export function Countdown({
  timeline,
  className,
}: {
  timeline: Pick<Timeline, 'endsAt' | 'remainingMs'>;
  className?: string;
}) {
  const ref = useRef<HTMLSpanElement>(null);
  const { endsAt } = timeline;
  // While paused (or before the start) the time stands still; only then does the remaining time itself matter.
  const frozen = endsAt === null ? timeline.remainingMs : null;

  // Layout effect: the text is there before the first paint, and React never renders it, so it cannot overwrite a flip.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (endsAt === null) {
      el.textContent = formatRemaining(frozen ?? 0);
      return;
    }
    let timer = 0;
    const tick = (): void => {
      const remaining = endsAt - serverNow();
      el.textContent = formatRemaining(remaining);
      // Next flip: when `remaining` crosses the next whole second (ceil while counting down, floor in overtime).
      const intoSecond = ((remaining % 1000) + 1000) % 1000;
      timer = window.setTimeout(tick, intoSecond === 0 ? 1000 : intoSecond + 0.5);
    };
    tick();
    const off = onClockOffset(() => {
      window.clearTimeout(timer);
      tick();
    });
    return () => {
      window.clearTimeout(timer);
      off();
    };
  }, [endsAt, frozen]);

  return <span ref={ref} className={className} data-testid="clock-remaining" role="timer" aria-live="off" />;
}
