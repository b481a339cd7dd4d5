import { roundSegments } from '@kafe/shared/rounds';
import { notesOfTable, summaryKey } from '@kafe/shared/reducer';
import { wallClockOf } from '@kafe/shared/time';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';

/** One row per table: host online or not, notes per round, last activity; open a table to read its notes. */
export function TableOverview() {
  const t = useT();
  const state = useWorkshop((s) => s.state);
  const online = useWorkshop((s) => s.presence?.hostsOnline);
  const def = state.definition;
  if (!def) return null;
  const rounds = roundSegments(def.agenda);
  return (
    <ul className="table-overview">
      {Array.from({ length: def.tables }, (_, i) => i + 1).map((table) => {
        const notes = notesOfTable(state, table).filter((n) => !n.deleted);
        const last = notes.reduce((m, n) => Math.max(m, n.updatedAt), 0);
        const isOnline = online?.includes(table) ?? false;
        const name = state.hostNames[table];
        return (
          <li key={table} className="table-card" data-testid="table-card">
            <details>
              <summary>
                <span className="table-card-name">
                  {t('table.n', { n: table })}
                  {name ? ` · ${name}` : ''}
                </span>
                <span className={`badge ${isOnline ? 'badge-ok' : 'badge-muted'}`}>
                  {isOnline ? t('fac.tables.online') : t('fac.tables.offline')}
                </span>
                <span className="table-card-counts">
                  {rounds.map((_, r) => (
                    <span key={r}>
                      {t('round.n', { n: r + 1 })}: {notes.filter((n) => n.round === r + 1).length}
                    </span>
                  ))}
                </span>
                <span className="table-card-last">
                  {last ? `${t('fac.tables.last')} ${wallClockOf(last, def.timeZone)}` : ''}
                </span>
              </summary>
              {notes.length === 0 ? (
                <p className="help">{t('fac.tables.none')}</p>
              ) : (
                rounds.map((_, r) => {
                  const inRound = notes.filter((n) => n.round === r + 1);
                  const summary = state.summaries[summaryKey(table, r + 1)]?.text;
                  if (inRound.length === 0 && !summary) return null;
                  return (
                    <div key={r} className="table-round">
                      <h3>{t('round.n', { n: r + 1 })}</h3>
                      {summary && <p className="summary-text">{summary}</p>}
                      <ul>
                        {inRound.map((n) => (
                          <li key={n.id} className={n.starred ? 'is-starred' : undefined}>
                            {n.starred && <span aria-label={t('host.star')}>★ </span>}
                            {n.text}
                          </li>
                        ))}
                      </ul>
                    </div>
                  );
                })
              )}
            </details>
          </li>
        );
      })}
    </ul>
  );
}
