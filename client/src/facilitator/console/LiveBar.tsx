import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { Timeline } from '@kafe/shared/timeline';
import { ClockRemaining, StartLine } from '../../ui/ClockRemaining';
import { useT } from '../../ui/i18n';
import { clockStatus, nextLine, questionOf, segmentTitle } from '../../ui/workshopText';
import { ClockButtons } from '../clock/ClockButtons';
import { MessageQuick } from './MessageQuick';

/**
 * Always in view at the top of the console: where the workshop is, its countdown, the clock buttons and a message to
 * every screen. Whatever section is open below, the facilitator can pause, move on or say something.
 */
export function LiveBar({ def, timeline }: { def: WorkshopDefinition; timeline: Timeline }) {
  const t = useT();
  const bar = useRef<HTMLElement>(null);
  useBarHeight(bar);
  const question = timeline.segment?.kind === 'round' ? questionOf(def, timeline.segment) : null;
  const next = nextLine(t, def, timeline);
  const status = clockStatus(t, timeline);
  return (
    <section className="live-bar" aria-labelledby="live-bar-h" ref={bar}>
      <h2 id="live-bar-h" className="visually-hidden">
        {t('fac.clock')}
      </h2>
      <div className="live-bar-now">
        <p className="live-bar-title">
          <strong data-testid="segment-title">{segmentTitle(t, timeline)}</strong>
          {status && <span className="segment-status"> · {status}</span>}
        </p>
        {question && (
          <p className="live-bar-question" data-testid="current-question" title={question}>
            {question}
          </p>
        )}
        <p className="live-bar-next">
          {timeline.status === 'notStarted' ? <StartLine def={def} timeline={timeline} /> : next}
        </p>
      </div>
      <div className={`live-bar-clock ${timeline.overtime ? 'is-overtime' : ''}`}>
        <ClockRemaining def={def} timeline={timeline} />
      </div>
      <ClockButtons timeline={timeline} />
      <MessageQuick />
    </section>
  );
}

/** Publishes the bar's height as --live-bar-h, so what else sticks (the projector miniature) sits just below it. */
function useBarHeight(bar: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    const root = document.documentElement;
    const set = (): void => root.style.setProperty('--live-bar-h', `${el.offsetHeight}px`);
    set();
    const observer = new ResizeObserver(set);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--live-bar-h');
    };
  }, [bar]);
}
