import { useState } from 'react';
import { command } from '../sync/commands';
import type { CommandName } from '../sync/connection';
import { errorText } from '../ui/errorText';
import { useT } from '../ui/i18n';

/** Runs a facilitator command and remembers a refusal, in the reader's language, to show next to its control. */
export function useFacilitatorCommand(): { run: (name: CommandName, payload?: Record<string, unknown>) => Promise<boolean>; busy: boolean; error: string | null } {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (name: CommandName, payload: Record<string, unknown> = {}): Promise<boolean> => {
    setBusy(true);
    const result = await command(name, payload);
    setBusy(false);
    setError(result.ok ? null : errorText(t, result.error, true));
    return result.ok;
  };
  return { run, busy, error };
}
