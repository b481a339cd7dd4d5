import { useRef, useState } from 'react';
import { groupsOf } from '@kafe/shared/participation/groups';
import { groupNames } from '@kafe/shared/participation/groupNames';
import { useSend, useWorkshop } from '../sync/hooks';
import { useLanguage, useT } from '../ui/i18n';
import { answered, NO_CHOICE, shownGroup, tapped, type GroupChoice } from './groupChoice';

/**
 * Which group this phone belongs to (employee, manager, union representative…): optional and changeable. Only this
 * phone and the server's report ever know it, and the report shows groups of five or more only.
 */
export function GroupPicker() {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const send = useSend();
  const def = useWorkshop((s) => s.state.definition);
  const groups = groupsOf(def);
  const saved = useWorkshop((s) => (s.participantId ? (s.state.participation.groupOf[s.participantId] ?? '') : ''));
  const [choice, setChoice] = useState<GroupChoice>(NO_CHOICE);
  // Numbers the taps, so a request's answer can tell whether a later tap has been made since (groupChoice.ts).
  const taps = useRef(0);
  const choose = (group: string): void => {
    const n = ++taps.current;
    setChoice(tapped(group, n));
    void send('participant:group', { group: group === '' ? null : group }).then((r) => {
      setChoice((c) => answered(c, n, r.ok));
    });
  };
  // The organiser turned the question off: nothing to ask.
  if (groups.length === 0) return null;
  // A group removed before the start counts as not said (participation/groupsLock.ts): shown as no answer.
  const chosen = groups.some((g) => g.key === saved) ? saved : '';
  const names = groupNames(groups, lang, def?.language ?? lang);
  const options = [
    ...groups.map((g) => ({ key: g.key, label: names.get(g.key) ?? '' })),
    { key: '', label: t('groups.none') },
  ];
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
              checked={shownGroup(choice, chosen) === o.key}
              aria-describedby="p-group-help"
              onChange={() => choose(o.key)}
            />
            <span>{o.label}</span>
          </label>
        ))}
        <p role="status" className={choice.status === 'failed' ? 'form-error' : 'form-ok'}>
          {choice.status === 'saved' ? t('common.saved') : choice.status === 'failed' ? t('participant.notSaved') : ''}
        </p>
      </fieldset>
    </details>
  );
}
