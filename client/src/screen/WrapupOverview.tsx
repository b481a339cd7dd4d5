import { useMemo } from 'react';
import type { Question, WorkshopDefinition } from '@kafe/shared/agenda';
import { questionPoints, tablesPhrase } from '@kafe/shared/themes/mainPoints';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { useScreenThemes } from '../ui/useScreenThemes';

/** Every question side by side with its strongest themes: the slide to end the wrap-up on. */
export function WrapupOverview({ def }: { def: WorkshopDefinition }) {
  return (
    <ol className="wrapup-overview" style={{ gridTemplateColumns: `repeat(${def.questions.length}, minmax(0, 1fr))` }}>
      {def.questions.map((q, i) => (
        <OverviewColumn key={q.id} question={q} n={i + 1} />
      ))}
    </ol>
  );
}

function OverviewColumn({ question, n }: { question: Question; n: number }) {
  const t = useT();
  const total = useWorkshop((s) => s.state.definition?.tables ?? 0);
  const themes = useScreenThemes(question.id);
  const points = useMemo(
    () =>
      questionPoints(
        question.id,
        themes.map((th) => ({ key: th.key, label: th.label, tables: th.tables, notes: th.noteIds.length })),
      ),
    [question.id, themes],
  );
  return (
    <li className="overview-question" data-testid="overview-question">
      <p className="overview-eyebrow">{t('question.n', { n })}</p>
      <h2 className="overview-text">{question.text}</h2>
      {points.length === 0 ? (
        <p className="screen-panel-empty">{t('plenary.wrapup.noThemes')}</p>
      ) : (
        <ol className="overview-points">
          {points.slice(0, 4).map((p) => (
            <li key={p.key} data-testid="theme-item">
              <span className="overview-label">{p.label}</span>
              <span className="theme-tables">{tablesPhrase(p.tables, total, t)}</span>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
