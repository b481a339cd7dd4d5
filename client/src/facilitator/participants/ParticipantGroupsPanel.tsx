import { useState } from 'react';
import type { WorkshopDefinition } from '@kafe/shared/agenda';
import { DEFAULT_PARTICIPANT_GROUPS, groupsOf } from '@kafe/shared/participation/groups';
import {
  draftOf,
  groupProblems,
  groupsOfDraft,
  sameGroups,
  type GroupsDraft,
} from '@kafe/shared/participation/groupsEdit';
import { groupsLocked } from '@kafe/shared/participation/groupsLock';
import { useWorkshop } from '../../sync/hooks';
import { GroupsEditor } from '../../ui/groups/GroupsEditor';
import { useT } from '../../ui/i18n';
import { Panel } from '../../ui/Panel';
import { useFacilitatorCommand } from '../useCommand';
import { CommandError } from './ParticipantsCommand';

/**
 * The participant groups in the console's preparation: editable until the clock starts, then shown as they are
 * (groupsLock.ts says why they lock). Saved with the whole definition, as the agenda editor saves it.
 */
export function ParticipantGroupsPanel({ def }: { def: WorkshopDefinition }) {
  const t = useT();
  const locked = useWorkshop((s) => groupsLocked(s.state.clock));
  return (
    <Panel headingId="groups-edit-h" title={t('groups.edit.title')} testId="groups-panel">
      {locked ? <LockedGroups def={def} /> : <GroupsForm def={def} />}
    </Panel>
  );
}

function LockedGroups({ def }: { def: WorkshopDefinition }) {
  const t = useT();
  const groups = groupsOf(def);
  return (
    <>
      <p className="help">{t('groups.edit.why')}</p>
      {groups.length === 0 ? (
        <p>{t('groups.edit.notAsked')}</p>
      ) : (
        <>
          <p>{t('groups.edit.asked')}</p>
          <ol className="groups-locked-list">
            {groups.map((g) => (
              <li key={g.key}>{g.labels[def.language]}</li>
            ))}
          </ol>
        </>
      )}
      <p className="help">{t('groups.edit.locked')}</p>
    </>
  );
}

function GroupsForm({ def }: { def: WorkshopDefinition }) {
  const t = useT();
  // null while nothing is edited: the form follows the workshop live; edits are never overwritten by it.
  const [draft, setDraft] = useState<GroupsDraft | null>(null);
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useFacilitatorCommand();
  const shown = draft ?? draftOf(def.participantGroups);
  const save = async (): Promise<void> => {
    setTried(true);
    if (groupProblems(shown, def.language).length > 0) return;
    const list = groupsOfDraft(shown);
    // The default list is stored as none named, so the workshop keeps following the defaults.
    const participantGroups = sameGroups(list, DEFAULT_PARTICIPANT_GROUPS) ? undefined : list;
    if (await run('workshop:update', { definition: { ...def, participantGroups } })) {
      setDraft(null);
      setTried(false);
      setSaved(true);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <GroupsEditor
        draft={shown}
        onChange={(next) => {
          setDraft(next);
          setSaved(false);
        }}
        language={def.language}
        idPrefix="fac-groups"
        showAll={tried}
      />
      <p className="help">{t('groups.edit.rule')}</p>
      <div className="btn-row">
        <button type="submit" className="btn btn-primary" disabled={busy || draft === null}>
          {t('common.save')}
        </button>
        <button type="button" className="btn btn-quiet" disabled={draft === null} onClick={() => setDraft(null)}>
          {t('common.cancel')}
        </button>
        <span role="status" className="form-ok">
          {saved ? t('common.saved') : ''}
        </span>
      </div>
      <CommandError error={error} />
    </form>
  );
}
