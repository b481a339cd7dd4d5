import type { NextStep } from '@kafe/shared/filing';
import type { Note } from '@kafe/shared/note';
import { useT } from '../../ui/i18n';

/**
 * Next steps (tiltak), drafted from starred notes: ticking a note adds a step with its text, which the facilitator
 * then rewrites and gives a person and a date; unticking takes it out again. Steps can also be added by hand.
 */
export function NextStepsEditor({
  steps,
  starred,
  onChange,
}: {
  steps: NextStep[];
  starred: Note[];
  onChange: (steps: NextStep[]) => void;
}) {
  const t = useT();
  const patch = (i: number, change: Partial<NextStep>): void =>
    onChange(steps.map((s, j) => (j === i ? { ...s, ...change } : s)));
  const toggle = (note: Note, on: boolean): void =>
    onChange(
      on
        ? [...steps, { what: note.text, who: '', due: '', noteId: note.id }]
        : steps.filter((s) => s.noteId !== note.id),
    );
  return (
    <fieldset>
      <legend>{t('harvest.frame.steps')}</legend>
      <p className="help">{t('harvest.frame.steps.help')}</p>
      <details>
        <summary>{t('harvest.frame.starred')}</summary>
        {starred.length === 0 ? (
          <p className="help">{t('harvest.frame.noStarred')}</p>
        ) : (
          <ul className="filing-starred">
            {starred.map((n) => (
              <li key={n.id}>
                <label className="field-inline">
                  <input
                    type="checkbox"
                    data-testid="filing-starred"
                    checked={steps.some((s) => s.noteId === n.id)}
                    onChange={(e) => toggle(n, e.target.checked)}
                  />
                  <span>
                    {n.text} <span className="help">({t('table.n', { n: n.table })})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </details>
      <ol className="filing-steps">
        {steps.map((s, i) => (
          <li key={s.noteId ?? `step-${i}`} className="field-grid">
            <label className="field">
              <span>{t('harvest.frame.step.what', { n: i + 1 })}</span>
              <textarea
                data-testid="filing-step-what"
                value={s.what}
                rows={2}
                maxLength={500}
                onChange={(e) => patch(i, { what: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t('harvest.frame.step.who')}</span>
              <input
                data-testid="filing-step-who"
                value={s.who}
                maxLength={200}
                onChange={(e) => patch(i, { who: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t('harvest.frame.step.due')}</span>
              <input
                data-testid="filing-step-due"
                value={s.due}
                maxLength={60}
                onChange={(e) => patch(i, { due: e.target.value })}
              />
            </label>
            <button
              type="button"
              className="btn btn-quiet"
              aria-label={`${t('harvest.frame.step.remove')}: ${t('harvest.frame.step.what', { n: i + 1 })}`}
              onClick={() => onChange(steps.filter((_, j) => j !== i))}
            >
              {t('harvest.frame.step.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="btn"
        disabled={steps.length >= 30}
        onClick={() => onChange([...steps, { what: '', who: '', due: '' }])}
      >
        {t('harvest.frame.step.add')}
      </button>
    </fieldset>
  );
}
