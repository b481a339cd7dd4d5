import { MINUTE } from '@kafe/shared/time';
import type { Timeline } from '@kafe/shared/timeline';
import { useT } from '../../ui/i18n';
import { useFacilitatorCommand } from '../useCommand';
import { RoundLengthNotes } from './RoundLengthNotes';
import { useRoundLengthNotes, type NotedButton } from './useRoundLengthNotes';

/**
 * The facilitator's clock buttons, in the live bar that is always in view. Each sends one command; a refusal is
 * shown, not swallowed; what a button would do to a round is said before it is pressed.
 */
export function ClockButtons({ timeline }: { timeline: Timeline }) {
  const t = useT();
  const { run, busy, error } = useFacilitatorCommand();
  const started = timeline.status === 'running' || timeline.status === 'paused';
  // Screen readers hear each note on focus of its button.
  const notes = useRoundLengthNotes(timeline);
  const describedBy = (button: NotedButton): string | undefined => (notes[button] ? `clock-note-${button}` : undefined);
  return (
    <div className="clock-controls">
      <div className="btn-row" role="group" aria-label={t('fac.clock')}>
        {timeline.status === 'notStarted' && (
          <button
            type="button"
            className="btn btn-primary"
            data-testid="clock-start"
            disabled={busy}
            onClick={() => void run('clock:start')}
          >
            {t('clock.start')}
          </button>
        )}
        {timeline.status === 'paused' ? (
          <button
            type="button"
            className="btn btn-primary"
            data-testid="clock-resume"
            disabled={busy}
            onClick={() => void run('clock:resume')}
          >
            {t('clock.resume')}
          </button>
        ) : (
          <button
            type="button"
            className="btn"
            data-testid="clock-pause"
            disabled={busy || timeline.status !== 'running'}
            onClick={() => void run('clock:pause')}
          >
            {t('clock.pause')}
          </button>
        )}
        <button
          type="button"
          className="btn"
          data-testid="clock-prev"
          aria-describedby={describedBy('prev')}
          disabled={busy || timeline.status === 'notStarted'}
          onClick={() => void run('clock:prev')}
        >
          {t('clock.prevSegment')}
        </button>
        <button
          type="button"
          className={`btn ${started ? 'btn-primary' : ''}`}
          data-testid="clock-next"
          aria-describedby={describedBy('next')}
          disabled={busy || !started}
          onClick={() => void run('clock:next')}
        >
          {t('clock.nextSegment')}
        </button>
      </div>
      <div className="btn-row" role="group" aria-label={t('clock.remaining')}>
        <button
          type="button"
          className="btn"
          data-testid="clock-minus-1"
          aria-describedby={describedBy('minus1')}
          disabled={busy || !started}
          onClick={() => void run('clock:adjust', { deltaMs: -MINUTE })}
        >
          {t('clock.minus1')}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="clock-plus-1"
          aria-describedby={describedBy('plus1')}
          disabled={busy || !started}
          onClick={() => void run('clock:adjust', { deltaMs: MINUTE })}
        >
          {t('clock.plus1')}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="clock-plus-5"
          aria-describedby={describedBy('plus5')}
          disabled={busy || !started}
          onClick={() => void run('clock:adjust', { deltaMs: 5 * MINUTE })}
        >
          {t('clock.plus5')}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="clock-catch-up"
          disabled={busy || !started}
          onClick={() => void run('clock:catchUp')}
        >
          {t('clock.catchUp')}
        </button>
      </div>
      <RoundLengthNotes notes={notes} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
