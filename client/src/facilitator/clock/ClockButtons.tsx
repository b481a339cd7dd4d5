import { MINUTE } from '@kafe/shared/time';
import type { Timeline } from '@kafe/shared/timeline';
import type { ClockAction } from '@kafe/shared/timelineRoundChange';
import { useT } from '../../ui/i18n';
import { useFacilitatorCommand } from '../useCommand';
import { ConfirmClockDialog } from './ConfirmClockDialog';
import { RoundLengthNotes } from './RoundLengthNotes';
import { useClockConfirm } from './useClockConfirm';
import { useFocusThroughBusy } from './useFocusThroughBusy';
import { useRoundLengthNotes, type NotedButton } from './useRoundLengthNotes';

/**
 * The facilitator's clock buttons, in the live bar that is always in view. Each sends one command; a refusal is
 * shown, not swallowed; what a button would do to a round is said before it is pressed, and a button that would end
 * the workshop or stretch a round by more than two minutes asks first (useClockConfirm).
 */
export function ClockButtons({ timeline }: { timeline: Timeline }) {
  const t = useT();
  const { run, busy, error } = useFacilitatorCommand({ keepFocus: false });
  const started = timeline.status === 'running' || timeline.status === 'paused';
  // Screen readers hear each note on focus of its button.
  const notes = useRoundLengthNotes(timeline);
  const { pending, guard, confirm, cancel } = useClockConfirm();
  const pressed = useFocusThroughBusy(busy);
  const press = (action: PressedAction): void => guard(action, () => void runAction(run, action));
  const describedBy = (button: NotedButton): string | undefined => (notes[button] ? `clock-note-${button}` : undefined);
  return (
    <div className="clock-controls">
      {/* tabIndex -1: a group holds the focus while its pressed button is disabled (returnFocus.ts). */}
      <div className="btn-row" role="group" aria-label={t('fac.clock')} tabIndex={-1} onClickCapture={pressed}>
        {timeline.status === 'notStarted' && (
          <ClockButton
            testId="clock-start"
            label={t('clock.start')}
            primary
            disabled={busy}
            onClick={() => void run('clock:start')}
          />
        )}
        {timeline.status === 'paused' ? (
          <ClockButton
            testId="clock-resume"
            label={t('clock.resume')}
            primary
            disabled={busy}
            onClick={() => void run('clock:resume')}
          />
        ) : (
          <ClockButton
            testId="clock-pause"
            label={t('clock.pause')}
            disabled={busy || timeline.status !== 'running'}
            onClick={() => void run('clock:pause')}
          />
        )}
        <ClockButton
          testId="clock-prev"
          label={t('clock.prevSegment')}
          describedBy={describedBy('prev')}
          disabled={busy || timeline.status === 'notStarted'}
          onClick={() => press({ name: 'clock:prev' })}
        />
        <ClockButton
          testId="clock-next"
          label={t('clock.nextSegment')}
          primary={started}
          describedBy={describedBy('next')}
          disabled={busy || !started}
          onClick={() => press({ name: 'clock:next' })}
        />
      </div>
      <div className="btn-row" role="group" aria-label={t('clock.remaining')} tabIndex={-1} onClickCapture={pressed}>
        <ClockButton
          testId="clock-minus-1"
          label={t('clock.minus1')}
          describedBy={describedBy('minus1')}
          disabled={busy || !started}
          onClick={() => press({ name: 'clock:adjust', deltaMs: -MINUTE })}
        />
        <ClockButton
          testId="clock-plus-1"
          label={t('clock.plus1')}
          describedBy={describedBy('plus1')}
          disabled={busy || !started}
          onClick={() => press({ name: 'clock:adjust', deltaMs: MINUTE })}
        />
        <ClockButton
          testId="clock-plus-5"
          label={t('clock.plus5')}
          describedBy={describedBy('plus5')}
          disabled={busy || !started}
          onClick={() => press({ name: 'clock:adjust', deltaMs: 5 * MINUTE })}
        />
        <ClockButton
          testId="clock-catch-up"
          label={t('clock.catchUp')}
          disabled={busy || !started}
          onClick={() => void run('clock:catchUp')}
        />
      </div>
      <RoundLengthNotes notes={notes} />
      {pending && <ConfirmClockDialog confirmation={pending} onConfirm={confirm} onCancel={cancel} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The buttons' actions that may ask first; a jump is the agenda's business, not a button here. */
type PressedAction = Exclude<ClockAction, { name: 'clock:jump' }>;

type Run = ReturnType<typeof useFacilitatorCommand>['run'];

function runAction(run: Run, action: PressedAction): Promise<boolean> {
  switch (action.name) {
    case 'clock:next':
    case 'clock:prev':
      return run(action.name);
    case 'clock:adjust':
      return run('clock:adjust', { deltaMs: action.deltaMs });
    default:
      return action satisfies never;
  }
}

interface ClockButtonProps {
  testId: string;
  label: string;
  /** The id of the note saying what this button would do to a round, when there is one. */
  describedBy?: string;
  primary?: boolean;
  disabled: boolean;
  onClick: () => void;
}

function ClockButton({ testId, label, describedBy, primary = false, disabled, onClick }: ClockButtonProps) {
  return (
    <button
      type="button"
      className={primary ? 'btn btn-primary' : 'btn'}
      data-testid={testId}
      aria-describedby={describedBy}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
