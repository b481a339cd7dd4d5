import { tablesPhrase } from '@kafe/shared/themes/mainPoints';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';

/** How many tables raised a theme, "7 av 10 bord", or that only one did: a theme is the room's, or one table's. */
export function TableCount({ tables }: { tables: readonly number[] }) {
  const t = useT();
  const total = useWorkshop((s) => s.state.definition?.tables ?? 0);
  if (tables.length === 0) return null;
  return (
    <span className={`theme-tables ${tables.length === 1 ? 'is-one' : ''}`}>
      {tablesPhrase(tables.length, total, t)}
    </span>
  );
}
