import { useState } from 'react';
import type { EvaluationItem } from '@kafe/shared/agenda';
import { LIMITS } from '@kafe/shared/constants';
import { useSend } from '../sync/hooks';
import { useT } from '../ui/i18n';

type Answers = Record<string, number | string>;
const SCALE = [1, 2, 3, 4, 5] as const;

/** 1–5 scales as big radio buttons and open questions as text; nothing is required, but something must be said. */
export function EvaluationForm({
  items,
  initial,
  onSent,
}: {
  items: EvaluationItem[];
  initial: Answers;
  onSent: () => void;
}) {
  const t = useT();
  const send = useSend();
  const [answers, setAnswers] = useState<Answers>(initial);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const set = (id: string, value: number | string): void => setAnswers((a) => ({ ...a, [id]: value }));
  const submit = (): void => {
    const given = Object.fromEntries(
      Object.entries(answers)
        .filter(([, v]) => (typeof v === 'string' ? v.trim() !== '' : true))
        .map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
    );
    if (Object.keys(given).length === 0) {
      setError(t('participant.eval.empty'));
      return;
    }
    setSending(true);
    void send('evaluation:answer', { answers: given }).then((r) => {
      setSending(false);
      if (r.ok) {
        onSent();
        return;
      }
      setError(r.error.code === 'internal' ? t('participant.offline') : t('participant.notSaved'));
    });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {items.map((item) =>
        item.kind === 'scale' ? (
          <fieldset key={item.id} className="p-scale">
            <legend>{item.text}</legend>
            <div className="p-scale-options">
              {SCALE.map((n) => (
                <label key={n} className="p-scale-option">
                  <input
                    type="radio"
                    name={`p-eval-${item.id}`}
                    value={n}
                    checked={answers[item.id] === n}
                    onChange={() => set(item.id, n)}
                  />
                  <span>{n}</span>
                </label>
              ))}
            </div>
            <p className="help">{t('participant.eval.scale')}</p>
          </fieldset>
        ) : (
          <label key={item.id} className="field">
            <span>{item.text}</span>
            <textarea
              className="p-textarea"
              rows={3}
              maxLength={LIMITS.ideaChars * 4}
              value={typeof answers[item.id] === 'string' ? String(answers[item.id]) : ''}
              onChange={(e) => set(item.id, e.target.value)}
            />
          </label>
        ),
      )}
      <p className="form-error" role="alert">
        {error}
      </p>
      <button type="submit" className="btn btn-primary btn-block" disabled={sending}>
        {t('participant.eval.send')}
      </button>
    </form>
  );
}
