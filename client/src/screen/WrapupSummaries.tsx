import type { WorkshopDefinition } from '@kafe/shared/agenda';
import { useMemo, useRef } from 'react';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { useFit } from './useFit';
import { summariesOf } from '@kafe/shared/plenary/wrapupContent';

/** What each table host summed up for a question. */
export function WrapupSummaries({ def, questionId }: { def: WorkshopDefinition; questionId: string }) {
  const t = useT();
  const state = useWorkshop((s) => s.state);
  const summaries = useMemo(() => summariesOf(state, def, questionId), [state, def, questionId]);
  const box = useRef<HTMLUListElement>(null);
  useFit(box, summaries);
  if (summaries.length === 0) return <p className="screen-panel-empty">{t('plenary.wrapup.noSummaries')}</p>;
  return (
    <ul className="wrapup-cards" ref={box}>
      {summaries.map((s) => (
        <li key={`${s.table}:${s.round}`} className="wall-note wrapup-summary" data-fit="">
          <span className="wall-note-meta">{t('table.n', { n: s.table })}</span>
          <span className="wall-note-text">{s.text}</span>
        </li>
      ))}
    </ul>
  );
}
