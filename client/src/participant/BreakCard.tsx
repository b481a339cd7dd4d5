import type { WorkshopDefinition } from '@kafe/shared/agenda';
import { wallClockOf } from '@kafe/shared/time';
import type { Timeline } from '@kafe/shared/timeline';
import { useT } from '../ui/i18n';

/** At a break: when we start again, in the workshop's time zone (the countdown above says how long). */
export function BreakCard({ def, timeline }: { def: WorkshopDefinition; timeline: Timeline }) {
  const t = useT();
  return (
    <section className="p-card p-break" aria-labelledby="p-break-h">
      <h2 id="p-break-h" className="p-big">
        {t('kind.break')}
      </h2>
      {timeline.endsAt !== null && (
        <p className="p-lead">{t('clock.resumeAt', { time: wallClockOf(timeline.endsAt, def.timeZone) })}</p>
      )}
    </section>
  );
}
