import { useState } from 'react';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { EvaluationForm } from './EvaluationForm';

/** The closing evaluation: the form while open, then thanks (with a way back in to change the answers). */
export default function Evaluation() {
  const t = useT();
  const items = useWorkshop((s) => s.state.definition?.settings.evaluation);
  const open = useWorkshop((s) => s.state.evaluation.open);
  const mine = useWorkshop((s) => (s.participantId ? s.state.evaluation.answers[s.participantId] : undefined));
  const [editing, setEditing] = useState(false);
  if (!items || items.length === 0) return null;
  const body = (() => {
    if (mine && !editing) {
      return (
        <>
          <p className="p-lead">{t('participant.eval.thanks')}</p>
          {open && (
            <button type="button" className="btn" onClick={() => setEditing(true)}>
              {t('participant.eval.edit')}
            </button>
          )}
        </>
      );
    }
    if (!open) return <p className="notice">{t('participant.eval.closed')}</p>;
    return <EvaluationForm items={items} initial={mine ?? {}} onSent={() => setEditing(false)} />;
  })();
  return (
    <section className="p-card p-eval" aria-labelledby="p-eval-h">
      <h2 id="p-eval-h" className="p-card-title">
        {t('participant.eval.title')}
      </h2>
      {body}
    </section>
  );
}
