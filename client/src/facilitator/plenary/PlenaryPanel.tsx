import { useState } from 'react';
import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { Timeline } from '@kafe/shared/timeline';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { PlenaryNotes } from './PlenaryNotes';
import { PlenaryThemes } from './PlenaryThemes';

/**
 * What the projector shows of each question: its themes (curation) and notes (hide, pin, spotlight). The question
 * shown first is the one being discussed (or wrapped up) now.
 */
export function PlenaryPanel({ def, timeline }: { def: WorkshopDefinition; timeline: Timeline }) {
  const t = useT();
  const wrapupQuestion = useWorkshop((s) => s.state.wrapup?.questionId ?? null);
  const [picked, setPicked] = useState<string | null>(null);
  const questionId = picked ?? timeline.segment?.questionId ?? wrapupQuestion ?? def.questions[0]?.id ?? null;
  return (
    <>
      <label className="field-inline">
        <span>{t('plenary.question')}</span>
        <select value={questionId ?? ''} onChange={(e) => setPicked(e.target.value)} data-testid="plenary-question">
          {def.questions.map((q, i) => (
            <option key={q.id} value={q.id}>
              {i + 1}. {q.text}
            </option>
          ))}
        </select>
      </label>
      {questionId && (
        <div className="plenary-grid">
          <PlenaryThemes questionId={questionId} />
          <PlenaryNotes questionId={questionId} />
        </div>
      )}
    </>
  );
}
