import { useEffect, useState } from 'react';
import { timelineAt, type Timeline } from '@kafe/shared/timeline';
import { onClockOffset, serverNow } from '../sync/serverClock';
import { useWorkshop } from '../sync/hooks';

/**
 * Re-renders once a server second, 150 ms after the boundary: late enough that the countdowns (which flip exactly on
 * the boundary, by themselves) are never held up by a page render, and early enough that phases change together.
 */
export function useServerSecond(): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    let timer = 0;
    const schedule = (): void => {
      const t = serverNow();
      timer = window.setTimeout(
        () => {
          setNow(serverNow());
          schedule();
        },
        1000 - ((t - 150) % 1000),
      );
    };
    schedule();
    const off = onClockOffset(() => setNow(serverNow()));
    return () => {
      window.clearTimeout(timer);
      off();
    };
  }, []);
  return now;
}

/** Where the workshop is now, or null before the first welcome. */
export function useTimeline(): Timeline | null {
  const definition = useWorkshop((s) => s.state.definition);
  const clock = useWorkshop((s) => s.state.clock);
  const now = useServerSecond();
  return definition ? timelineAt(definition, clock, now) : null;
}
