import { useEffect, useRef } from 'react';
import { minutesOf } from '@kafe/shared/timelineRoundChange';
import type { ClockConfirmation } from '@kafe/shared/timelineConfirm';
import { useT, type Translate } from '../../ui/i18n';
import { returnFocus } from './returnFocus';

/**
 * Asks before a clock button ends the workshop or stretches a round: a native modal dialog, so focus moves into it and
 * stays there, Escape cancels, and Enter confirms (the confirm button has focus). Focus goes back to the button that
 * asked when it closes, by way of its group while a confirmed press keeps it disabled (returnFocus.ts).
 */
export function ConfirmClockDialog({
  confirmation,
  onConfirm,
  onCancel,
}: {
  confirmation: ClockConfirmation;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    const asker = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (el && !el.open) el.showModal();
    return () => {
      if (el?.open) el.close();
      returnFocus(asker);
    };
  }, []);
  const { title, lines, confirm } = wording(t, confirmation);
  return (
    <dialog
      ref={dialog}
      className="clock-confirm"
      data-testid="clock-confirm"
      aria-labelledby="clock-confirm-h"
      aria-describedby="clock-confirm-body"
      onCancel={(e) => {
        // Escape: let React's state close it, so the dialog and the state never disagree.
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="clock-confirm-h">{title}</h2>
      <div id="clock-confirm-body">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <div className="btn-row">
        <button type="button" className="btn btn-primary" data-testid="clock-confirm-ok" autoFocus onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" className="btn" data-testid="clock-confirm-cancel" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}

function wording(t: Translate, c: ClockConfirmation): { title: string; lines: string[]; confirm: string } {
  switch (c.kind) {
    case 'end':
      return {
        title: t('clock.confirm.endTitle'),
        lines: [t('clock.confirm.endBody')],
        confirm: t('clock.confirm.end'),
      };
    case 'length':
      return {
        title: t('clock.confirm.lengthTitle'),
        lines: c.changes.map((change) => {
          const minutes = { to: minutesOf(change.toMs), from: minutesOf(change.fromMs) };
          return change.round === null
            ? t('clock.confirm.segment', { title: change.title, ...minutes })
            : t('clock.confirm.round', { n: change.round, ...minutes });
        }),
        confirm: t('clock.confirm.go'),
      };
    default:
      return c satisfies never;
  }
}
