import type { WorkshopDefinition } from '@kafe/shared/agenda';
import { WRAPUP_PARTS, type WrapupPart } from '@kafe/shared/constants';
import type { WorkshopState } from '@kafe/shared/state';
import { useWorkshop } from '../../sync/hooks';
import { partTitle } from '../../ui/wrapupParts';
import { useT, type Translate } from '../../ui/i18n';
import { useFacilitatorCommand } from '../useCommand';
import { RefusalMessage } from '../RefusalMessage';

interface Step {
  /** null: the overview of every question. */
  questionId: string | null;
  part: WrapupPart;
  n: number;
}

/**
 * The wrap-up, question by question: themes, insights, host summaries, and the votes where a vote was held; then the
 * overview of every question's strongest themes.
 */
function stepsOf(def: WorkshopDefinition, votes: WorkshopState['votes']): Step[] {
  const perQuestion = def.questions.flatMap((q, i) =>
    WRAPUP_PARTS.filter((part) => part !== 'overview' && (part !== 'votes' || votes[q.id])).map((part) => ({
      questionId: q.id,
      part,
      n: i + 1,
    })),
  );
  return [...perQuestion, { questionId: null, part: 'overview', n: 0 }];
}

const stepName = (t: Translate, s: Step): string =>
  s.part === 'overview'
    ? t('plenary.walker.overview')
    : t('plenary.walker.step', { n: s.n, part: partTitle(t, s.part) });

/** Walks the projector through the wrap-up: previous and next, or straight to any step (a row per question). */
export function PlenaryWrapup({ def }: { def: WorkshopDefinition }) {
  const t = useT();
  const wrapup = useWorkshop((s) => s.state.wrapup);
  const votes = useWorkshop((s) => s.state.votes);
  const { run, busy, error } = useFacilitatorCommand();
  const steps = stepsOf(def, votes);
  const same = (s: Step): boolean => s.questionId === (wrapup?.questionId ?? null) && s.part === wrapup?.part;
  const current = wrapup ? steps.findIndex(same) : -1;
  const show = (s: Step | null): void =>
    void run('wrapup:show', s ? { questionId: s.questionId, part: s.part } : { questionId: null, part: 'themes' });
  const now = steps[current];
  const rows = def.questions.map((q, i) => ({ q, n: i + 1, steps: steps.filter((s) => s.questionId === q.id) }));
  const overview = steps[steps.length - 1];
  const stepButton = (s: Step, label: string) => (
    <button
      type="button"
      className="btn btn-small"
      aria-current={now === s ? 'step' : undefined}
      aria-label={stepName(t, s)}
      disabled={busy}
      onClick={() => show(s)}
    >
      {label}
    </button>
  );
  return (
    <div className="walker">
      <p role="status" data-testid="wrapup-now">
        {t('plenary.walker.now', { step: now ? stepName(t, now) : t('plenary.walker.none') })}
      </p>
      <div className="btn-row">
        <button
          type="button"
          className="btn"
          data-testid="wrapup-prev"
          disabled={busy || current <= 0}
          onClick={() => show(steps[current - 1] ?? null)}
        >
          {t('plenary.walker.prev')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="wrapup-next"
          disabled={busy || current >= steps.length - 1}
          onClick={() => show(steps[current + 1] ?? null)}
        >
          {t('plenary.walker.next')}
        </button>
        <button type="button" className="btn btn-quiet" disabled={busy || !now} onClick={() => show(null)}>
          {t('plenary.walker.off')}
        </button>
      </div>
      <ol className="plenary-steps">
        {rows.map(({ q, n, steps: own }) => (
          <li key={q.id} className="plenary-steps-row">
            <span className="plenary-steps-q" title={q.text}>
              {t('question.n', { n })}
            </span>
            <ul>
              {own.map((s) => (
                <li key={s.part}>{stepButton(s, partTitle(t, s.part))}</li>
              ))}
            </ul>
          </li>
        ))}
        {overview && <li className="plenary-steps-row">{stepButton(overview, t('plenary.walker.overview'))}</li>}
      </ol>
      <RefusalMessage error={error} />
    </div>
  );
}
