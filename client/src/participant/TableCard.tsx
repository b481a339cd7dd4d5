import { useT } from '../ui/i18n';
import type { Seat } from '@kafe/shared/participation/seating';
import { TablePicker } from './TablePicker';

/**
 * Your table: assigned by the facilitator (mixing) or chosen here. The picker is there only when choosing a table
 * makes sense (a round); outside it the card just says where you sit, and is left out until you have a table.
 */
export function TableCard({
  seat,
  tables,
  round,
  canChange,
}: {
  seat: Seat;
  tables: number;
  round: number | null;
  canChange: boolean;
}) {
  const t = useT();
  if (!canChange && seat.table === null) return null;
  return (
    <section className="p-card p-seat" aria-labelledby="p-seat-h">
      <h2 id="p-seat-h" className="p-card-title">
        {t('part.yourTable')}
      </h2>
      <p className="p-table" data-testid="table-assignment">
        {seat.table !== null ? t('table.n', { n: seat.table }) : t('participant.table.none')}
      </p>
      {seat.assigned && round !== null ? (
        <p className="help">{t('participant.table.assigned', { n: round })}</p>
      ) : (
        canChange && (
          <TablePicker
            current={seat.table}
            tables={tables}
            label={seat.table === null ? t('participant.table.pick') : t('participant.table.change')}
          />
        )
      )}
    </section>
  );
}
