import { useId, useState } from 'react';
import { LIMITS } from '@kafe/shared/constants';
import { useEnqueue } from '../sync/hooks';
import { useT } from '../ui/i18n';

/**
 * The host's name, shown to the facilitator and printed in the harvest report beside the table's notes and
 * summaries; the hint under the field says so, since a host types it before knowing where it goes. Saved when the
 * field is left.
 */
export function HostName({ saved }: { saved: string }) {
  const t = useT();
  const hintId = useId();
  const enqueue = useEnqueue();
  const [name, setName] = useState(saved);
  // A name saved elsewhere (another tablet of this table) replaces the field's text.
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    setShown(saved);
    setName(saved);
  }
  const save = (): void => {
    if (name.trim() !== saved) void enqueue('host:name', { name: name.trim() });
  };
  return (
    <div>
      <label className="field-inline host-name">
        <span>{t('host.name')}</span>
        <input
          aria-describedby={hintId}
          value={name}
          maxLength={LIMITS.nameChars}
          placeholder={t('host.namePlaceholder')}
          autoComplete="name"
          onChange={(e) => setName(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => e.key === 'Enter' && save()}
        />
      </label>
      <p id={hintId} className="help host-name-hint" data-testid="host-name-hint">
        {t('host.name.help')}
      </p>
    </div>
  );
}
