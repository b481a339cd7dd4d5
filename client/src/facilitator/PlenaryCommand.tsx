import { useState } from 'react';
import { command } from '../sync/commands';
import type { CommandName } from '../sync/connection';

/** Sends one plenary command at a time and keeps its refusal to show next to the controls (never swallowed). */
export function usePlenaryCommand(): { run: (name: CommandName, payload: Record<string, unknown>) => Promise<boolean>; busy: boolean; error: string | null } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (name: CommandName, payload: Record<string, unknown>): Promise<boolean> => {
    setBusy(true);
    const result = await command(name, payload);
    setBusy(false);
    setError(result.ok ? null : result.error.message);
    return result.ok;
  };
  return { run, busy, error };
}

/** Where a refusal shows: always in the page, so screen readers hear it when it appears. */
export function PlenaryError({ error }: { error: string | null }) {
  return (
    <p className="form-error" role="alert">
      {error}
    </p>
  );
}
