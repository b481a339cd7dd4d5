import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { useTimeline } from '../ui/useTimeline';

/** How much each table has written in this round: a quiet sign of life on the projector. */
export function ActivityStrip() {
  const t = useT();
  const state = useWorkshop((s) => s.state);
  const timeline = useTimeline();
  const def = state.definition;
  const questionId = timeline?.segment?.questionId;
  if (!def || !questionId) return null;
  const counts = new Map<number, number>();
  for (const id of state.noteOrder) {
    const n = state.notes[id];
    if (n && !n.deleted && n.questionId === questionId) counts.set(n.table, (counts.get(n.table) ?? 0) + 1);
  }
  return (
    <ol className="activity-strip" aria-label={t('host.notes')}>
      {Array.from({ length: def.tables }, (_, i) => i + 1).map((table) => (
        <li key={table}>
          <span className="activity-table">{t('table.n', { n: table })}</span>
          <span className="activity-count">{counts.get(table) ?? 0}</span>
        </li>
      ))}
    </ol>
  );
}
