import { useState } from 'react';
import type { WorkshopSettings } from '@kafe/shared/agenda';
import { useT } from '../../ui/i18n';
import { useFacilitatorCommand } from '../useCommand';

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
