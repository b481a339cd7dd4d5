import { CLOCK_MODES } from '@kafe/shared/constants';
import type { Timeline } from '@kafe/shared/timeline';
import { useT } from '../../ui/i18n';
import { useFacilitatorCommand } from '../useCommand';

/** How the clock keeps time (fixed times or durations), and starting over: set once, not pressed during the session. */
export function ClockSettings({ timeline }: { timeline: Timeline }) {
  const t = useT();
  const { run, busy, error } = useFacilitatorCommand();
  const setMode = (value: string): void => {
    const mode = CLOCK_MODES.find((m) => m === value);
    if (mode) void run('clock:mode', { mode });
  };
  return (
    <div className="clock-settings">
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
