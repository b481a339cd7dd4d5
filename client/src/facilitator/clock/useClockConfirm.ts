import { useState } from 'react';
import type { ClockAction } from '@kafe/shared/timelineRoundChange';
import { clockConfirmation, type ClockConfirmation } from '@kafe/shared/timelineConfirm';
import { serverNow } from '../../sync/serverClock';
import { useWorkshop } from '../../sync/hooks';

interface Pending {
  action: ClockAction;
  confirmation: ClockConfirmation;
  go: () => void;
}

/** What a question is about: ending, or which segments change (their lengths move with the seconds, so not those). */
const subject = (c: ClockConfirmation): string =>
  c.kind === 'end' ? 'end' : c.changes.map((ch) => ch.segmentId).join(' ');

/**
 * Guards the clock buttons: `guard(action, go)` runs `go` at once, or first asks (the pending question) when the
 * action would end the workshop or change a round by more than two minutes. Neste, Forrige, a jump and ±1/+5 min go
 * through here. "Ta igjen planen" does not: it is the facilitator asking for the published plan back, and the note
 * under the buttons already says what it changes.
 */
export function useClockConfirm(): {
  pending: ClockConfirmation | null;
  guard: (action: ClockAction, go: () => void) => void;
  confirm: () => void;
  cancel: () => void;
} {
  const def = useWorkshop((s) => s.state.definition);
  const clock = useWorkshop((s) => s.state.clock);
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = (action: ClockAction): ClockConfirmation | null =>
    def ? clockConfirmation(def, clock, serverNow(), action) : null;
  const guard = (action: ClockAction, go: () => void): void => {
    const confirmation = ask(action);
    if (confirmation) setPending({ action, confirmation, go });
    else go();
  };
  return {
    pending: pending?.confirmation ?? null,
    guard,
    confirm: () => {
      if (!pending) return;
      // The clock may have moved on while the question was open (a round ended by itself): the commands name no
      // segment, so the press would now act on another one. Asked again when the answer would differ.
      const now = ask(pending.action);
      if (now && subject(now) !== subject(pending.confirmation)) {
        setPending({ ...pending, confirmation: now });
        return;
      }
      setPending(null);
      pending.go();
    },
    cancel: () => setPending(null),
  };
}
