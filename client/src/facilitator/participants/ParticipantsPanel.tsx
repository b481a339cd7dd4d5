import { IDEA_MODES } from '@kafe/shared/constants';
import { useWorkshop } from '../../sync/hooks';
import { useT, type Translate } from '../../ui/i18n';
import { Panel } from '../../ui/Panel';
import { CommandError, useSetting } from './ParticipantsCommand';
import { ParticipantsEvaluation } from './ParticipantsEvaluation';
import { ParticipantsJoin } from './ParticipantsJoin';
import { ParticipantsMixing } from './ParticipantsMixing';
import { ParticipantsVoting } from './ParticipantsVoting';

type IdeaMode = (typeof IDEA_MODES)[number];

function ideaModeLabel(t: Translate, mode: IdeaMode): string {
  switch (mode) {
    case 'off':
      return t('participant.fac.ideas.off');
    case 'open':
      return t('participant.fac.ideas.open');
    case 'approval':
      return t('participant.fac.ideas.approval');
    default:
      return mode satisfies never;
  }
}

/** Who is here, and how phones take part: joining by code, ideas, mixing people between rounds. */
export function ParticipantsPanel() {
  const t = useT();
  return (
    <Panel headingId="participants-h" title={t('participant.fac.title')}>
      <Attendance />
      <ParticipantsJoin />
      <IdeasMode />
      <ParticipantsMixing />
    </Panel>
  );
}

/** Dot voting, per question. */
export function VotingPanel() {
  const t = useT();
  return (
    <Panel headingId="voting-h" title={t('participant.fac.vote.title')}>
      <ParticipantsVoting />
    </Panel>
  );
}

/** The closing evaluation: open, close, results. */
export function EvaluationPanel() {
  const t = useT();
  return (
    <Panel headingId="evaluation-h" title={t('participant.fac.eval.title')}>
      <ParticipantsEvaluation />
    </Panel>
  );
}

function Attendance() {
  const t = useT();
  const joined = useWorkshop((s) => Object.keys(s.state.participants).length);
  const connected = useWorkshop((s) => s.presence?.participants ?? 0);
  return (
    <p className="fac-attendance" data-testid="participant-count">
      {t('participant.fac.count', { joined, connected })}
    </p>
  );
}

function IdeasMode() {
  const t = useT();
  const current = useWorkshop((s) => s.state.definition?.settings.ideas);
  const { value: mode, set, error } = useSetting('ideas', current);
  if (!mode) return null;
  return (
    <fieldset>
      <legend>{t('participant.fac.ideas')}</legend>
      {IDEA_MODES.map((m) => (
        <label key={m} className="fac-radio">
          <input type="radio" name="ideas-mode" value={m} checked={mode === m} onChange={() => set(m)} />
          <span>{ideaModeLabel(t, m)}</span>
        </label>
      ))}
      <CommandError error={error} />
    </fieldset>
  );
}
