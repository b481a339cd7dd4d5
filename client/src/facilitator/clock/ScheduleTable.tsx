import type { WorkshopDefinition } from '@kafe/shared/agenda';
import { MINUTE, wallClockOf } from '@kafe/shared/time';
import { scheduleAt, type Timeline } from '@kafe/shared/timeline';
import { useWorkshop } from '../../sync/hooks';
import { useT, type Translate } from '../../ui/i18n';

function delayText(t: Translate, ms: number): string {
  const min = Math.round(ms / MINUTE);
  if (min === 0) return t('clock.delay.onTime');
  return min > 0 ? t('clock.delay.late', { min }) : t('clock.delay.early', { min: -min });
}

/** Every segment's planned time beside its actual (past) or projected (ahead) time. */
export function ScheduleTable({ def, timeline, now }: { def: WorkshopDefinition; timeline: Timeline; now: number }) {
  const t = useT();
  const clock = useWorkshop((s) => s.state.clock);
  const rows = scheduleAt(def, clock, now);
  const hhmm = (ms: number | null): string => (ms === null ? '–' : wallClockOf(ms, def.timeZone));
  return (
    <table className="schedule">
      <caption className="visually-hidden">{t('fac.schedule')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('fac.schedule.segment')}</th>
          <th scope="col">{t('fac.schedule.planned')}</th>
          <th scope="col">{t('fac.schedule.actual')}</th>
          <th scope="col">{t('fac.schedule.delay')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => {
          const seg = def.agenda[i];
          const current = i === timeline.index && (timeline.status === 'running' || timeline.status === 'paused');
          return (
            <tr
              key={row.segmentId}
              className={current ? 'is-current' : row.projected ? 'is-projected' : 'is-past'}
              aria-current={current ? 'step' : undefined}
            >
              <th scope="row">{seg?.title}</th>
              <td>
                {hhmm(row.plannedStartAt)}–{hhmm(row.plannedEndAt)}
              </td>
              {/* A segment still running has no end yet: "14:36–", not "14:36––". */}
              <td>
                {row.startAt === null ? '–' : `${hhmm(row.startAt)}–${row.endAt === null ? '' : hhmm(row.endAt)}`}
              </td>
              <td>{row.startAt === null ? '' : delayText(t, row.startAt - row.plannedStartAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
