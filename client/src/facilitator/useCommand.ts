import { useState } from 'react';
import type { CommandArgs } from '@kafe/shared/commands';
import type { CommandName } from '@kafe/shared/protocol';
import { useSend } from '../sync/hooks';
import { errorText } from '../ui/errorText';
import { useT } from '../ui/i18n';

type Run = <C extends CommandName>(name: C, ...args: CommandArgs<C>) => Promise<boolean>;

/** Runs a facilitator command and remembers a refusal, in the reader's language, to show next to its control. */
export function useFacilitatorCommand(): { run: Run; busy: boolean; error: string | null } {
  const t = useT();
  const send = useSend();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run: Run = async (name, ...args) => {
    setBusy(true);
    const result = await send(name, ...args);
    setBusy(false);
    setError(result.ok ? null : errorText(t, result.error, true));
    return result.ok;
  };
  return { run, busy, error };
}
