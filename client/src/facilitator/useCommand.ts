import { useEffect, useRef, useState } from 'react';
import type { CommandArgs } from '@kafe/shared/commands';
import type { CommandName } from '@kafe/shared/protocol';
import { useSend } from '../sync/hooks';
import { errorText } from '../ui/errorText';
import { useT } from '../ui/i18n';
import { noteFocusPlace, restoreFocusPlace, type FocusPlace } from './keepFocus';

type Run = <C extends CommandName>(name: C, ...args: CommandArgs<C>) => Promise<boolean>;

/**
 * Runs a facilitator command and remembers a refusal, in the reader's language, to show next to its control. The
 * control is disabled while the command is out, which drops a keyboard user's focus; once the command is back (and
 * rendered) focus returns to it, or near it when it is gone (keepFocus.ts). `focusAfter` names, for the next command,
 * a better place: where a merged theme went. The clock buttons keep their own (useFocusThroughBusy: the focus waits
 * on their group, since a press can also ask first), so they pass `keepFocus: false`.
 */
export function useFacilitatorCommand({ keepFocus = true }: { keepFocus?: boolean } = {}): {
  run: Run;
  busy: boolean;
  error: string | null;
  focusAfter: (find: () => HTMLElement | null) => void;
} {
  const t = useT();
  const send = useSend();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const place = useRef<FocusPlace | null>(null);
  const preferred = useRef<(() => HTMLElement | null) | null>(null);
  useEffect(() => {
    const noted = place.current;
    if (busy || !noted) return;
    place.current = null;
    const find = preferred.current;
    preferred.current = null;
    restoreFocusPlace(noted, find?.());
  }, [busy]);
  const run: Run = async (name, ...args) => {
    // The latest press is where the user is; a press made with the focus already dropped keeps the earlier place.
    if (keepFocus) place.current = noteFocusPlace() ?? place.current;
    setBusy(true);
    const result = await send(name, ...args);
    setBusy(false);
    setError(result.ok ? null : errorText(t, result.error, true));
    return result.ok;
  };
  const focusAfter = (find: () => HTMLElement | null): void => {
    preferred.current = find;
  };
  return { run, busy, error, focusAfter };
}
