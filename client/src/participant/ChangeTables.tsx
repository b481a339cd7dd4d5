import { useEffect } from 'react';
import { useT } from '../ui/i18n';
import type { Seat } from '@kafe/shared/participation/seating';
import { TablePicker } from './TablePicker';

/**
 * A rotation: time to move. With mixing on, the table to go to; otherwise a nudge to find new people, and the picker
 * to say where you sat down. Mounted once per rotation (keyed by it), so the phone buzzes once.
 */
export function ChangeTables({ seat, tables }: { seat: Seat; tables: number }) {
  const t = useT();
  useEffect(() => {
    // Not every phone can vibrate (iOS Safari cannot), and browsers may ignore it before the first tap: both are fine.
    if ('vibrate' in navigator) navigator.vibrate([200, 100, 200]);
  }, []);
  return (
    <section className="p-card p-rotate" role="alert" aria-labelledby="p-rotate-h">
      <h2 id="p-rotate-h" className="p-big">
        {t('participant.rotate.title')}
      </h2>
      {seat.assigned && seat.table !== null ? (
        <p className="p-table p-table-go" data-testid="table-assignment">
          {t('participant.rotate.goTo', { n: seat.table })}
        </p>
      ) : (
        <>
          <p className="p-lead">{t('participant.rotate.free')}</p>
          <p className="p-table" data-testid="table-assignment">
            {seat.table !== null ? t('table.n', { n: seat.table }) : t('participant.table.none')}
          </p>
          <TablePicker current={seat.table} tables={tables} label={t('participant.rotate.pick')} />
        </>
      )}
    </section>
  );
}
