import { useState } from 'react';
import { useT } from '../ui/i18n';
import { useChooseTable } from './useChooseTable';

/**
 * After "change tables": "where are you sitting now?" with one large button per table, easy to hit while walking.
 * Nothing is marked until this phone answers in this rotation (the table just left is not the answer); then the
 * chosen table shows as `table-assignment`.
 */
export function TableButtons({ tables }: { tables: number }) {
  const t = useT();
  const [chosen, setChosen] = useState<number | null>(null);
  const { failed, choose } = useChooseTable();
  return (
    <fieldset className="p-tables">
      <legend className="p-tables-ask">{t('participant.rotate.pick')}</legend>
      <div className="p-table-grid">
        {Array.from({ length: tables }, (_, i) => i + 1).map((n) => (
          <button
            key={n}
            type="button"
            className="p-table-btn"
            aria-pressed={n === chosen}
            onClick={() => {
              setChosen(n);
              choose(n);
            }}
          >
            {t('table.n', { n })}
          </button>
        ))}
      </div>
      <p className="p-tables-now" role="status">
        {chosen !== null && (
          <>
            {t('participant.rotate.seated')}{' '}
            <strong data-testid="table-assignment">{t('table.n', { n: chosen })}</strong>
          </>
        )}
      </p>
      {failed && (
        <p className="form-error" role="alert">
          {t('participant.table.failed')}
        </p>
      )}
    </fieldset>
  );
}
