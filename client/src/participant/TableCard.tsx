import { useT } from '../ui/i18n';
import type { Seat } from '@kafe/shared/participation/seating';
import { TablePicker } from './TablePicker';

/** Your table: assigned by the facilitator (mixing) or chosen here. */
export function TableCard({ seat, tables, round }: { seat: Seat; tables: number; round: number | null }) {
  const t = useT();
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
        <TablePicker
          current={seat.table}
          tables={tables}
          label={seat.table === null ? t('participant.table.pick') : t('participant.table.change')}
        />
      )}
    </section>
  );
}
