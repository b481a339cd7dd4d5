import { useMemo, useRef } from 'react';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { useFit } from './useFit';
import { notesPerTable, wallOf } from '@kafe/shared/plenary/wallNotes';
import { WallNote } from './WallNote';

/** The notes of the current question as they arrive: pinned first, then by table, newest first; as many as fit. */
export function LiveWall({ questionId }: { questionId: string }) {
  const t = useT();
  const state = useWorkshop((s) => s.state);
  const wall = useMemo(() => wallOf(state, questionId), [state, questionId]);
  const box = useRef<HTMLDivElement>(null);
  useFit(box, wall);
  const empty = wall.pinned.length === 0 && wall.tables.length === 0;
  const limit = notesPerTable(wall.tables.length);
  return (
    <section className="wall" aria-labelledby="wall-h">
      <h2 id="wall-h" className="screen-panel-title">
        {t('plenary.wall')}
      </h2>
      {empty ? (
        <p className="screen-panel-empty">{t('plenary.wall.empty')}</p>
      ) : (
        <div className="wall-columns" ref={box}>
          {wall.pinned.length > 0 && (
            <section className="wall-group wall-pinned" aria-label={t('plenary.pinned')}>
              <h3 className="wall-group-title" data-fit="">
                {t('plenary.pinned')}
              </h3>
              <ul className="wall-notes">
                {wall.pinned.map((n) => (
                  <WallNote key={n.id} note={n} showTable />
                ))}
              </ul>
            </section>
          )}
          {wall.tables.map(({ table, notes }) => (
            <section key={table} className="wall-group" aria-labelledby={`wall-t${table}`}>
              <h3 className="wall-group-title" id={`wall-t${table}`} data-fit="">
                {t('table.n', { n: table })}
                {notes.length > limit && (
                  <span className="wall-more"> · {t('plenary.wall.more', { n: notes.length - limit })}</span>
                )}
              </h3>
              <ul className="wall-notes">
                {notes.slice(0, limit).map((n) => (
                  <WallNote key={n.id} note={n} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
