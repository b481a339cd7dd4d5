import { CLOCK_MODES } from '@kafe/shared/constants';
import { MINUTE } from '@kafe/shared/time';
import type { Timeline } from '@kafe/shared/timeline';
import { useT } from '../../ui/i18n';
import { useFacilitatorCommand } from '../useCommand';
import { RoundLengthNotes } from './RoundLengthNotes';
import { useRoundLengthNotes, type NotedButton } from './useRoundLengthNotes';

/** The facilitator's clock buttons. Each sends one command; a refusal is shown, not swallowed. */
export function ClockControls({ timeline }: { timeline: Timeline }) {
  const t = useT();
  const { run, busy, error } = useFacilitatorCommand();
  const setMode = (value: string): void => {
    const mode = CLOCK_MODES.find((m) => m === value);
    if (mode) void run('clock:mode', { mode });
  };
  const started = timeline.status === 'running' || timeline.status === 'paused';
  // What a button would do to a round, said before it is pressed; screen readers hear it on focus.
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
          className="btn"
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
      <div className="btn-row">
        <label className="field-inline">
          <span>{t('clock.mode')}</span>
          <select value={timeline.mode} onChange={(e) => setMode(e.target.value)} disabled={busy}>
            <option value="fixed">{t('clock.mode.fixed')}</option>
            <option value="durations">{t('clock.mode.durations')}</option>
          </select>
        </label>
        {timeline.status !== 'notStarted' && (
          <button
            type="button"
            className="btn btn-quiet"
            disabled={busy}
            onClick={() => window.confirm(t('clock.resetConfirm')) && void run('clock:reset')}
          >
            {t('clock.reset')}
          </button>
        )}
      </div>
      <p className="help">{t('clock.mode.help')}</p>
      {timeline.planShiftMs !== 0 && <p className="help">{t('clock.rehearsal')}</p>}
      <p className="form-error" role="alert">
        {error}
      </p>
    </div>
  );
}
