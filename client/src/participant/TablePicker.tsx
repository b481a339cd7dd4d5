import { useId } from 'react';
import { useT } from '../ui/i18n';
import { useChooseTable } from './useChooseTable';

/** Choose or change your table by hand during a round (free seating). Shows the choice at once. */
export function TablePicker({ current, tables, label }: { current: number | null; tables: number; label: string }) {
  const t = useT();
  const id = useId();
  const { pending, failed, choose } = useChooseTable();
  const shown = pending ?? current;
  return (
    <div className="p-picker">
      <label htmlFor={id} className="p-picker-label">
        {label}
      </label>
      <select
        id={id}
        className="p-select"
        value={shown ?? ''}
        onChange={(e) => choose(Number(e.target.value))}
        aria-describedby={failed ? `${id}-err` : undefined}
      >
        {shown === null && (
          <option value="" disabled>
            {t('participant.table.placeholder')}
          </option>
        )}
        {Array.from({ length: tables }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {t('table.n', { n })}
          </option>
        ))}
      </select>
      {failed && (
        <p id={`${id}-err`} className="form-error" role="alert">
          {t('participant.table.failed')}
        </p>
      )}
    </div>
  );
}
