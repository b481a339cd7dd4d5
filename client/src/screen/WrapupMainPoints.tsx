import { useMemo } from 'react';
import { pointSentence, questionPoints } from '@kafe/shared/themes/mainPoints';
import type { CuratedTheme } from '@kafe/shared/themes/curate';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';

/** Hovedpunkter of a question, above its themes: the 3–5 themes most tables raised, read out as sentences. */
export function WrapupMainPoints({ questionId, themes }: { questionId: string; themes: readonly CuratedTheme[] }) {
  const t = useT();
  const total = useWorkshop((s) => s.state.definition?.tables ?? 0);
  const points = useMemo(
    () =>
      questionPoints(
        questionId,
        themes.map((th) => ({ key: th.key, label: th.label, tables: th.tables, notes: th.noteIds.length })),
      ),
    [questionId, themes],
  );
  if (points.length === 0) return null;
  return (
    <section className="wrapup-points" aria-labelledby={`points-${questionId}`}>
      <h3 id={`points-${questionId}`} className="wrapup-points-title">
        {t('plenary.part.mainPoints')}
      </h3>
      <ol className="wrapup-points-list">
        {points.map((p) => (
          <li key={p.key} data-testid="main-point">
            {pointSentence(p, total, t)}
          </li>
        ))}
      </ol>
    </section>
  );
}
