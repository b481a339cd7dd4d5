import type { WorkshopDefinition } from '@kafe/shared/agenda';
import { WRAPUP_PARTS, type WrapupPart } from '@kafe/shared/constants';
import type { WorkshopState } from '@kafe/shared/state';
import { useWorkshop } from '../../sync/hooks';
import { partTitle } from '../../ui/wrapupParts';
import { useT, type Translate } from '../../ui/i18n';
import { useFacilitatorCommand } from '../useCommand';
import { RefusalMessage } from '../RefusalMessage';

interface Step {
  questionId: string;
  part: WrapupPart;
  n: number;
}

/** The wrap-up, question by question: themes, insights, host summaries, and the votes where a vote was held. */
function stepsOf(def: WorkshopDefinition, votes: WorkshopState['votes']): Step[] {
  return def.questions.flatMap((q, i) =>
    WRAPUP_PARTS.filter((part) => part !== 'votes' || votes[q.id]).map((part) => ({
      questionId: q.id,
      part,
      n: i + 1,
    })),
  );
}

const stepName = (t: Translate, s: Step): string => t('plenary.walker.step', { n: s.n, part: partTitle(t, s.part) });

/** Walks the projector through the wrap-up: previous and next, or straight to any step. */
export function PlenaryWrapup({ def }: { def: WorkshopDefinition }) {
  const t = useT();
  const wrapup = useWorkshop((s) => s.state.wrapup);
  const votes = useWorkshop((s) => s.state.votes);
  const { run, busy, error } = useFacilitatorCommand();
  const steps = stepsOf(def, votes);
  const current = steps.findIndex((s) => s.questionId === wrapup?.questionId && s.part === wrapup.part);
  const show = (s: Step | null): void =>
    void run('wrapup:show', s ? { questionId: s.questionId, part: s.part } : { questionId: null, part: 'themes' });
  const now = steps[current];
  return (
    <section aria-labelledby="walker-h">
      <h3 id="walker-h">{t('plenary.walker')}</h3>
      <p className="help">{t('plenary.walker.help')}</p>
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
        {steps.map((s, i) => (
          <li key={`${s.questionId}:${s.part}`}>
            <button
              type="button"
              className="btn btn-small"
              aria-current={i === current ? 'step' : undefined}
              disabled={busy}
              onClick={() => show(s)}
            >
              {stepName(t, s)}
            </button>
          </li>
        ))}
      </ol>
      <RefusalMessage error={error} />
    </section>
  );
}
