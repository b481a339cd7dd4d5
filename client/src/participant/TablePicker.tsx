import { useId, useState } from 'react';
import { useSend } from '../sync/hooks';
import { useT } from '../ui/i18n';

/** Choose or change your table by hand (free seating). Shows the choice at once; the server's answer follows. */
export function TablePicker({ current, tables, label }: { current: number | null; tables: number; label: string }) {
  const t = useT();
  const send = useSend();
  const id = useId();
  const [pending, setPending] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const choose = (value: string): void => {
    const table = Number(value);
    if (!Number.isInteger(table) || table < 1) return;
    setPending(table);
    void send('participant:table', { table }).then((result) => {
      setPending(null);
      setFailed(!result.ok);
    });
  };
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
        onChange={(e) => choose(e.target.value)}
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
