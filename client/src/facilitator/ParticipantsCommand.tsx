import { useState } from 'react';
import type { WorkshopSettings } from '@kafe/shared/agenda';
import { command } from '../sync/commands';
import type { CommandName } from '../sync/connection';
import { useT } from '../ui/i18n';

/** Runs a facilitator command and remembers a refusal to show next to the control that caused it. */
export function useFacilitatorCommand(): { run: (name: CommandName, payload?: Record<string, unknown>) => Promise<boolean>; busy: boolean; error: string | null } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (name: CommandName, payload: Record<string, unknown> = {}): Promise<boolean> => {
    setBusy(true);
    const result = await command(name, payload);
    setBusy(false);
    setError(result.ok ? null : result.error.message);
    return result.ok;
  };
  return { run, busy, error };
}

/**
 * A setting shown as chosen the moment it is clicked (a checkbox or radio that waits for the server looks broken),
 * then as the server has it once the change is acknowledged or refused.
 */
export function useSetting<K extends keyof WorkshopSettings>(key: K, current: WorkshopSettings[K] | undefined) {
  const { run, busy, error } = useFacilitatorCommand();
  const [pending, setPending] = useState<{ value: WorkshopSettings[K] } | null>(null);
  const set = (value: WorkshopSettings[K]): void => {
    setPending({ value });
    void run('settings:set', { settings: { [key]: value } }).finally(() => setPending(null));
  };
  return { value: pending ? pending.value : current, set, busy, error };
}

export function CommandError({ error }: { error: string | null }) {
  const t = useT();
  return (
    <p className="form-error" role="alert">
      {error ? t('participant.fac.failed', { message: error }) : ''}
    </p>
  );
}
