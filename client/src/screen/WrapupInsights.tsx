import { useMemo, useRef } from 'react';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { useFit } from './useFit';
import { insightsOf } from '@kafe/shared/plenary/wrapupContent';
import { WallNote } from './WallNote';

/** The notes the tables starred as insights for a question. */
export function WrapupInsights({ questionId }: { questionId: string }) {
  const t = useT();
  const state = useWorkshop((s) => s.state);
  const insights = useMemo(() => insightsOf(state, questionId), [state, questionId]);
  const box = useRef<HTMLUListElement>(null);
  useFit(box, insights);
  if (insights.length === 0) return <p className="screen-panel-empty">{t('plenary.wrapup.noInsights')}</p>;
  return (
    <ul className="wrapup-cards" ref={box}>
      {insights.map((n) => (
        <WallNote key={n.id} note={n} showTable />
      ))}
    </ul>
  );
}
