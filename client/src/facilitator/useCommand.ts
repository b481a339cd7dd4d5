import { useState } from 'react';
import type { CommandArgs } from '@kafe/shared/commands';
import type { CommandName } from '@kafe/shared/protocol';
import { useSend } from '../sync/hooks';
import { errorText } from '../ui/errorText';
import { useT } from '../ui/i18n';
import { useKeptFocus } from './useKeptFocus';

type Run = <C extends CommandName>(name: C, ...args: CommandArgs<C>) => Promise<boolean>;

/**
 * Runs a facilitator command and remembers a refusal, in the reader's language, to show next to its control. The
 * control is disabled while the command is out, which drops a keyboard user's focus; once the command is back (and
 * rendered) focus returns to it, or near it when it is gone (useKeptFocus.ts). `focusAfter` names, for the next command,
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
  const kept = useKeptFocus(busy);
  const run: Run = async (name, ...args) => {
    if (keepFocus) kept.note();
    setBusy(true);
    const result = await send(name, ...args);
    setBusy(false);
    setError(result.ok ? null : errorText(t, result.error, true));
    return result.ok;
  };
  return { run, busy, error, focusAfter: kept.preferNext };
}
