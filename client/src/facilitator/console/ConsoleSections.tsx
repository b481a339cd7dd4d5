import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { Timeline } from '@kafe/shared/timeline';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { Panel } from '../../ui/Panel';
import { SecureContextNotice } from '../../ui/SecureContextNotice';
import { AgendaEditor } from '../clock/AgendaEditor';
import { ClockSettings } from '../clock/ClockSettings';
import { ScheduleTable } from '../clock/ScheduleTable';
import { HarvestPanel } from '../harvest/HarvestPanel';
import { LinksPanel } from '../links/LinksPanel';
import { ParticipantGroupsPanel } from '../participants/ParticipantGroupsPanel';
import { ParticipantsEvaluationEditor } from '../participants/ParticipantsEvaluationEditor';
import { EvaluationPanel, ParticipantsPanel, VotingPanel } from '../participants/ParticipantsPanel';
import { PlenaryPanel } from '../plenary/PlenaryPanel';
import { PhotosPanel } from '../photos/PhotosPanel';
import { PlenaryWrapup } from '../plenary/PlenaryWrapup';
import { TableOverview } from '../tables/TableOverview';

interface SectionProps {
  def: WorkshopDefinition;
  timeline: Timeline;
  now: number;
}

/** Before the day: the agenda and questions, how the clock keeps time, how phones take part, the links to hand out. */
export function PrepareSection({ def, timeline }: SectionProps) {
  const t = useT();
  const items = useWorkshop((s) => s.state.definition?.settings.evaluation);
  return (
    <>
      {/* Plain http on the venue LAN: what is lost (offline reload, install), said where the day is set up. */}
      <SecureContextNotice />
      <div className="console-grid">
        <Panel headingId="agenda-h" title={t('fac.agenda')} wide>
          <AgendaEditor def={def} />
        </Panel>
        <Panel headingId="clock-settings-h" title={t('fac.clockSettings')}>
          <ClockSettings timeline={timeline} />
        </Panel>
        <ParticipantsPanel />
        <ParticipantGroupsPanel def={def} />
        {/* The links and the evaluation's questions are long lines: they get the console's whole width. */}
        <Panel headingId="links-h" title={t('fac.links')} wide>
          <LinksPanel />
        </Panel>
        <Panel headingId="evaluation-edit-h" title={t('participant.fac.eval.title')} wide>
          {items && <ParticipantsEvaluationEditor items={items} />}
        </Panel>
      </div>
    </>
  );
}

/** During the rounds: the plan against reality, the tables, and what the projector shows of each question. */
export function LiveSection({ def, timeline, now }: SectionProps) {
  const t = useT();
  return (
    <div className="console-grid">
      <Panel headingId="schedule-h" title={t('fac.schedule')} wide>
        <ScheduleTable def={def} timeline={timeline} now={now} />
      </Panel>
      <Panel headingId="tables-h" title={t('fac.tables')} wide>
        <TableOverview />
      </Panel>
      <PhotosPanel />
      <Panel headingId="plenary-h" title={t('plenary.panel')} wide>
        <PlenaryPanel def={def} timeline={timeline} />
      </Panel>
    </div>
  );
}

/** The plenary: the wrap-up walker, voting and the evaluation side by side, on one screen with the clock. */
export function PlenarySection({ def }: SectionProps) {
  const t = useT();
  return (
    <div className="console-grid console-grid-plenary">
      <Panel headingId="walker-h" title={t('plenary.walker')}>
        <PlenaryWrapup def={def} />
      </Panel>
      <VotingPanel />
      <EvaluationPanel />
    </div>
  );
}

/** After the workshop: the harvest report and what else stays (templates, deletion). */
export function ReportSection() {
  const t = useT();
  return (
    <div className="console-grid">
      <Panel headingId="harvest-h" title={t('harvest.panel.title')} wide>
        <HarvestPanel />
      </Panel>
    </div>
  );
}
