import { useState } from 'react';
import { LIMITS } from '@kafe/shared/constants';
import { useEnqueue } from '../sync/hooks';
import { useT } from '../ui/i18n';

/** The host's name, shown to the facilitator; saved when the field is left. */
export function HostName({ saved }: { saved: string }) {
  const t = useT();
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
    <label className="field-inline host-name">
      <span>{t('host.name')}</span>
      <input
        value={name}
        maxLength={LIMITS.nameChars}
        placeholder={t('host.namePlaceholder')}
        autoComplete="name"
        onChange={(e) => setName(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && save()}
      />
    </label>
  );
}
