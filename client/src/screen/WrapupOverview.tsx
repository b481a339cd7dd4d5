import { useMemo } from 'react';
import type { Question, WorkshopDefinition } from '@kafe/shared/agenda';
import type { MessageKey } from '@kafe/shared/i18n/nb/index';
import type { Note } from '@kafe/shared/note';
import { questionRoundsOver } from '@kafe/shared/plenary/questionDone';
import { questionGist, type GistSource } from '@kafe/shared/plenary/questionGist';
import { summariesOf } from '@kafe/shared/plenary/wrapupContent';
import { isOnScreen } from '@kafe/shared/themes/curate';
import { questionPoints, tablesPhrase } from '@kafe/shared/themes/mainPoints';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { useScreenThemes } from '../ui/useScreenThemes';
import { useTimeline } from '../ui/useTimeline';

const GIST_LABEL: Record<GistSource, MessageKey> = {
  starred: 'plenary.overview.starred',
  summaries: 'plenary.overview.summaries',
  notes: 'plenary.overview.notes',
};

/** Every question side by side with its strongest themes: the slide to end the wrap-up on. */
export function WrapupOverview({ def }: { def: WorkshopDefinition }) {
  return (
    <ol className="wrapup-overview" style={{ gridTemplateColumns: `repeat(${def.questions.length}, minmax(0, 1fr))` }}>
      {def.questions.map((q, i) => (
        <OverviewColumn key={q.id} def={def} question={q} n={i + 1} />
      ))}
    </ol>
  );
}

/**
 * One question: its main points; without themes a few of its notes (starred, else the hosts' summaries, else the
 * first ones), as the report's first page has them, so a question with notes but no themes does not look empty.
 */
function OverviewColumn({ def, question, n }: { def: WorkshopDefinition; question: Question; n: number }) {
  const t = useT();
  const state = useWorkshop((s) => s.state);
  const themes = useScreenThemes(question.id);
  const timeline = useTimeline();
  const over = questionRoundsOver(def, timeline, question.id);
  const gist = useMemo(() => {
    const points = questionPoints(
      question.id,
      themes.map((th) => ({ key: th.key, label: th.label, tables: th.tables, notes: th.noteIds.length })),
    );
    const notes = state.noteOrder
      .map((id) => state.notes[id])
      .filter((note): note is Note => isOnScreen(note) && note.questionId === question.id);
    return questionGist(points, notes, summariesOf(state, def, question.id));
  }, [question.id, themes, state, def]);

  return (
    <li className="overview-question" data-testid="overview-question">
      <p className="overview-eyebrow">{t('question.n', { n })}</p>
      <h2 className="overview-text">{question.text}</h2>
      {gist.kind === 'points' ? (
        <ol className="overview-points">
          {gist.points.slice(0, 4).map((p) => (
            <li key={p.key} data-testid="theme-item">
              <span className="overview-label">{p.label}</span>
              <span className="theme-tables">{tablesPhrase(p.tables, def.tables, t)}</span>
            </li>
          ))}
        </ol>
      ) : gist.kind === 'notes' ? (
        <div className="overview-gist" data-testid="overview-gist">
          <p className="overview-gist-label">{t(GIST_LABEL[gist.source])}</p>
          <ul className="overview-notes">
            {gist.items.map((item, i) => (
              <li key={i}>
                <span className="overview-note-text">{item.text}</span>
                <span className="theme-tables">{t('table.n', { n: item.table })}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="screen-panel-empty">{t(over ? 'plenary.overview.none' : 'plenary.wrapup.noThemes')}</p>
      )}
    </li>
  );
}
