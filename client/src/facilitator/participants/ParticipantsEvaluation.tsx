import { summariseEvaluation } from '@kafe/shared/participation/summaries';
import { useWorkshop } from '../../sync/hooks';
import { useDecimal, useT } from '../../ui/i18n';
import { useFacilitatorCommand } from '../useCommand';
import { CommandError } from './ParticipantsCommand';

/** Open answers shown here; all of them are in the report. Keeps the plenary section on one screen. */
const SHOWN_ANSWERS = 4;

/** The closing evaluation: open and close it, and read the aggregate (its questions are edited in the preparation). */
export function ParticipantsEvaluation() {
  const t = useT();
  const decimal = useDecimal();
  const items = useWorkshop((s) => s.state.definition?.settings.evaluation);
  const evaluation = useWorkshop((s) => s.state.evaluation);
  const { run, busy, error } = useFacilitatorCommand();
  if (!items) return null;
  const summary = summariseEvaluation(items, evaluation.answers);
  return (
    <>
      <p role="status">
        {evaluation.open ? t('participant.fac.eval.isOpen') : t('participant.fac.eval.isClosed')} ·{' '}
        {t('participant.fac.eval.count', { n: summary.respondents })}
      </p>
      <div className="btn-row">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || items.length === 0}
          onClick={() => void run(evaluation.open ? 'evaluation:close' : 'evaluation:open')}
        >
          {evaluation.open ? t('participant.fac.eval.close') : t('participant.fac.eval.open')}
        </button>
      </div>
      <CommandError error={error} />
      {summary.respondents > 0 && (
        <dl className="fac-eval">
          {summary.scales.map((s) => (
            <div key={s.item.id}>
              <dt>{s.item.text}</dt>
              <dd>
                {s.average === null
                  ? t('participant.fac.eval.noAnswers')
                  : t('participant.fac.eval.average', { avg: decimal(s.average, 1), n: s.count })}
                {s.count > 0 && (
                  <span className="help"> ({s.histogram.map((c, i) => `${i + 1}: ${c}`).join(', ')})</span>
                )}
              </dd>
            </div>
          ))}
          {summary.texts.map((s) => (
            <div key={s.item.id}>
              <dt>{s.item.text}</dt>
              <dd>
                {s.answers.length === 0 ? (
                  t('participant.fac.eval.noAnswers')
                ) : (
                  <>
                    <ul>
                      {s.answers.slice(0, SHOWN_ANSWERS).map((a, i) => (
                        <li key={i}>{a}</li>
                      ))}
                    </ul>
                    {s.answers.length > SHOWN_ANSWERS && (
                      <p className="help">{t('fac.eval.moreInReport', { n: s.answers.length - SHOWN_ANSWERS })}</p>
                    )}
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
