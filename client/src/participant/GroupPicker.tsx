import { useState } from 'react';
import { groupsOf } from '@kafe/shared/participation/groups';
import { useSend, useWorkshop } from '../sync/hooks';
import { useLanguage, useT } from '../ui/i18n';

/**
 * Which group this phone belongs to (employee, manager, union representative…): optional and changeable. Only this
 * phone and the server's report ever know it, and the report shows groups of five or more only.
 */
export function GroupPicker() {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const send = useSend();
  const groups = groupsOf(useWorkshop((s) => s.state.definition));
  const saved = useWorkshop((s) => (s.participantId ? (s.state.participation.groupOf[s.participantId] ?? '') : ''));
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  // Shown as chosen the moment it is tapped (a radio that waits for the server looks broken on a slow network), then
  // as the server has it once the choice is acknowledged or refused.
  const [pending, setPending] = useState<string | null>(null);
  const choose = (group: string): void => {
    setStatus('idle');
    setPending(group);
    void send('participant:group', { group: group === '' ? null : group }).then((r) => {
      setPending(null);
      setStatus(r.ok ? 'saved' : 'failed');
    });
  };
  // The organiser turned the question off: nothing to ask.
  if (groups.length === 0) return null;
  // A group removed before the start counts as not said (participation/groupsLock.ts): shown as no answer.
  const chosen = groups.some((g) => g.key === saved) ? saved : '';
  const options = [...groups.map((g) => ({ key: g.key, label: g.labels[lang] })), { key: '', label: t('groups.none') }];
  return (
    <details className="p-card p-group" data-testid="group-picker">
      <summary className="p-summary">{t('groups.title')}</summary>
      <fieldset className="group-options">
        <legend className="visually-hidden">{t('groups.title')}</legend>
        <p id="p-group-help" className="help">
          {t('groups.help')}
        </p>
        {options.map((o) => (
          <label key={o.key || 'none'} className="field-inline">
            <input
              type="radio"
              name="participant-group"
              value={o.key}
              checked={(pending ?? chosen) === o.key}
              aria-describedby="p-group-help"
              onChange={() => choose(o.key)}
            />
            <span>{o.label}</span>
          </label>
        ))}
        <p role="status" className={status === 'failed' ? 'form-error' : 'form-ok'}>
          {status === 'saved' ? t('common.saved') : status === 'failed' ? t('participant.notSaved') : ''}
        </p>
      </fieldset>
    </details>
  );
}
