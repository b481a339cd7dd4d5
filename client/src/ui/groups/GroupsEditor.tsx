import { useEffect, useRef } from 'react';
import type { Language } from '@kafe/shared/agenda';
import { DEFAULT_PARTICIPANT_GROUPS, GROUP_LIMITS } from '@kafe/shared/participation/groups';
import {
  addGroup,
  groupProblems,
  moveGroup,
  removeGroup,
  renameGroup,
  type GroupsDraft,
} from '@kafe/shared/participation/groupsEdit';
import { useT } from '../i18n';
import { problemText } from './problemText';
import './groups.css';

interface GroupsEditorProps {
  draft: GroupsDraft;
  onChange: (next: GroupsDraft) => void;
  /** The workshop's language: the names shown and typed are the ones phones in that language see. */
  language: Language;
  /** Prefixes the ids inside, so two editors could share a page. */
  idPrefix: string;
  /** Show every problem, also "no name yet" (after a save was tried); otherwise only those worth saying while typing. */
  showAll: boolean;
}

/** Which control to focus after the next render: a moved group's button, a new group's name, or the add button. */
type FocusTarget = { key: string; control: 'name' | 'up' | 'down' } | 'add';

/**
 * The organiser's participant groups: rename, add, remove and reorder with buttons (so a keyboard does it all, not
 * drag only), or turn the question off. Used on the organiser's form and in the console's preparation.
 */
export function GroupsEditor({ draft, onChange, language, idPrefix, showAll }: GroupsEditorProps) {
  const t = useT();
  const focusNext = useRef<FocusTarget | null>(null);
  const { groups } = draft;
  const id = (part: string): string => `${idPrefix}-${part}`;
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === null) return;
    const el = document.getElementById(target === 'add' ? id('add') : id(`${target.control}-${target.key}`));
    // A group moved to an end: its button that way is disabled now, so the other one takes the focus.
    if (el instanceof HTMLButtonElement && el.disabled && target !== 'add')
      document.getElementById(id(`${target.control === 'up' ? 'down' : 'up'}-${target.key}`))?.focus();
    else el?.focus();
  });
  const setGroups = (next: GroupsDraft['groups'], focus: FocusTarget | null = null): void => {
    focusNext.current = focus;
    onChange({ ...draft, groups: next });
  };
  const problems = groupProblems(draft, language).filter((p) => showAll || (p.kind !== 'empty' && p.kind !== 'none'));
  const nameOf = (i: number): string => groups[i]?.labels[language] || t('groups.edit.group', { n: i + 1 });
  return (
    <div className="groups-editor" data-testid="groups-editor">
      <p className="help" id={id('why')}>
        {t('groups.edit.why')}
      </p>
      <label className="field-inline groups-off">
        <input
          type="checkbox"
          checked={!draft.ask}
          onChange={(e) => onChange({ ...draft, ask: !e.target.checked })}
          data-testid="groups-off"
        />
        <span>{t('groups.edit.off')}</span>
      </label>
      {!draft.ask ? (
        <p className="help">{t('groups.edit.offHelp')}</p>
      ) : (
        <>
          <ol className="groups-list" aria-describedby={id('why')}>
            {groups.map((g, i) => (
              <li key={g.key} className="groups-item" data-testid="group-row">
                <div className="groups-row">
                  <label className="groups-name">
                    <span className="visually-hidden">{t('groups.edit.group', { n: i + 1 })}</span>
                    <input
                      id={id(`name-${g.key}`)}
                      value={g.labels[language]}
                      maxLength={GROUP_LIMITS.label + 20}
                      onChange={(e) => setGroups(renameGroup(groups, i, e.target.value, language))}
                      data-testid="group-name"
                    />
                  </label>
                  <button
                    type="button"
                    id={id(`up-${g.key}`)}
                    className="btn btn-small btn-quiet groups-move"
                    disabled={i === 0}
                    aria-label={`${t('groups.edit.up')}: ${nameOf(i)}`}
                    title={t('groups.edit.up')}
                    onClick={() => setGroups(moveGroup(groups, i, -1), { key: g.key, control: 'up' })}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    id={id(`down-${g.key}`)}
                    className="btn btn-small btn-quiet groups-move"
                    disabled={i === groups.length - 1}
                    aria-label={`${t('groups.edit.down')}: ${nameOf(i)}`}
                    title={t('groups.edit.down')}
                    onClick={() => setGroups(moveGroup(groups, i, 1), { key: g.key, control: 'down' })}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-quiet"
                    aria-label={`${t('groups.edit.remove')}: ${nameOf(i)}`}
                    onClick={() => {
                      const next = groups[i + 1] ?? groups[i - 1];
                      setGroups(removeGroup(groups, i), next ? { key: next.key, control: 'name' } : 'add');
                    }}
                  >
                    {t('groups.edit.remove')}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <div className="btn-row">
            <button
              type="button"
              id={id('add')}
              className="btn btn-small"
              disabled={groups.length >= GROUP_LIMITS.groups}
              onClick={() => {
                const next = addGroup(groups);
                const added = next[next.length - 1];
                setGroups(next, added ? { key: added.key, control: 'name' } : null);
              }}
            >
              {t('groups.edit.add')}
            </button>
            <button
              type="button"
              className="btn btn-small btn-quiet"
              onClick={() => setGroups([...DEFAULT_PARTICIPANT_GROUPS])}
            >
              {t('groups.edit.defaults')}
            </button>
          </div>
        </>
      )}
      {/* A status, not an alert: the list changes with every keystroke while a name is typed. */}
      <div role="status" className="groups-problems">
        {problems.length > 0 && (
          <ul className="form-error">
            {problems.map((p) => (
              <li key={problemText(t, p)}>{problemText(t, p)}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
