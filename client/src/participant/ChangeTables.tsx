import { useEffect } from 'react';
import { useT } from '../ui/i18n';
import type { Seat } from '@kafe/shared/participation/seating';
import { TableButtons } from './TableButtons';

/**
 * A rotation: time to move. With mixing on, the table to go to; otherwise a nudge to find new people and large table
 * buttons to say where you sat down. Mounted once per rotation (keyed by it), so the phone buzzes once.
 */
export function ChangeTables({ seat, tables }: { seat: Seat; tables: number }) {
  const t = useT();
  useEffect(() => {
    // Not every phone can vibrate (iOS Safari cannot), and browsers may ignore it before the first tap: both are fine.
    if ('vibrate' in navigator) navigator.vibrate([200, 100, 200]);
  }, []);
  const assigned = seat.assigned ? seat.table : null;
  return (
    <section className="p-card p-rotate" aria-labelledby="p-rotate-h">
      <div role="alert">
        <h2 id="p-rotate-h" className="p-big">
          {t('participant.rotate.title')}
        </h2>
        {assigned !== null ? (
          <p className="p-table p-table-go" data-testid="table-assignment">
            {t('participant.rotate.goTo', { n: assigned })}
          </p>
        ) : (
          <p className="p-lead">{t('participant.rotate.free')}</p>
        )}
      </div>
      {assigned === null && <TableButtons tables={tables} />}
    </section>
  );
}
