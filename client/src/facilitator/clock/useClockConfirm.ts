import { useState } from 'react';
import type { ClockAction } from '@kafe/shared/timelineRoundChange';
import { clockConfirmation, type ClockConfirmation } from '@kafe/shared/timelineConfirm';
import { serverNow } from '../../sync/serverClock';
import { useWorkshop } from '../../sync/hooks';

interface Pending {
  confirmation: ClockConfirmation;
  go: () => void;
}

/**
 * Guards the clock buttons: `guard(action, go)` runs `go` at once, or first asks (the pending question) when the
 * action would end the workshop or change a round by more than two minutes. Every way of pressing a clock button goes
 * through here, so none can skip the question.
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
  const guard = (action: ClockAction, go: () => void): void => {
    const confirmation = def ? clockConfirmation(def, clock, serverNow(), action) : null;
    if (confirmation) setPending({ confirmation, go });
    else go();
  };
  return {
    pending: pending?.confirmation ?? null,
    guard,
    confirm: () => {
      setPending(null);
      pending?.go();
    },
    cancel: () => setPending(null),
  };
}
