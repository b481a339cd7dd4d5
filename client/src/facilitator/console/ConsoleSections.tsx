import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { Timeline } from '@kafe/shared/timeline';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { SecureContextNotice } from '../../ui/SecureContextNotice';
import { AgendaEditor } from '../clock/AgendaEditor';
import { ClockSettings } from '../clock/ClockSettings';
import { ScheduleTable } from '../clock/ScheduleTable';
import { HarvestPanel } from '../harvest/HarvestPanel';
import { LinksPanel } from '../links/LinksPanel';
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
        <section className="panel panel-wide" aria-labelledby="agenda-h">
          <h2 id="agenda-h" className="panel-title">
            {t('fac.agenda')}
          </h2>
          <AgendaEditor def={def} />
        </section>
        <section className="panel" aria-labelledby="clock-settings-h">
          <h2 id="clock-settings-h" className="panel-title">
            {t('fac.clockSettings')}
          </h2>
          <ClockSettings timeline={timeline} />
        </section>
        <ParticipantsPanel />
        <section className="panel" aria-labelledby="evaluation-edit-h">
          <h2 id="evaluation-edit-h" className="panel-title">
            {t('participant.fac.eval.title')}
          </h2>
          {items && <ParticipantsEvaluationEditor items={items} />}
        </section>
        <section className="panel" aria-labelledby="links-h">
          <h2 id="links-h" className="panel-title">
            {t('fac.links')}
          </h2>
          <LinksPanel />
        </section>
      </div>
    </>
  );
}

/** During the rounds: the plan against reality, the tables, and what the projector shows of each question. */
export function LiveSection({ def, timeline, now }: SectionProps) {
  const t = useT();
  return (
    <div className="console-grid">
      <section className="panel panel-wide" aria-labelledby="schedule-h">
        <h2 id="schedule-h" className="panel-title">
          {t('fac.schedule')}
        </h2>
        <ScheduleTable def={def} timeline={timeline} now={now} />
      </section>
      <section className="panel panel-wide" aria-labelledby="tables-h">
        <h2 id="tables-h" className="panel-title">
          {t('fac.tables')}
        </h2>
        <TableOverview />
      </section>
      <PhotosPanel />
      <section className="panel panel-wide" aria-labelledby="plenary-h">
        <h2 id="plenary-h" className="panel-title">
          {t('plenary.panel')}
        </h2>
        <PlenaryPanel def={def} timeline={timeline} />
      </section>
    </div>
  );
}

/** The plenary: the wrap-up walker, voting and the evaluation side by side, on one screen with the clock. */
export function PlenarySection({ def }: SectionProps) {
  const t = useT();
  return (
    <div className="console-grid console-grid-plenary">
      <section className="panel" aria-labelledby="walker-h">
        <h2 id="walker-h" className="panel-title">
          {t('plenary.walker')}
        </h2>
        <PlenaryWrapup def={def} />
      </section>
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
      <section className="panel panel-wide" aria-labelledby="harvest-h">
        <h2 id="harvest-h" className="panel-title">
          {t('harvest.panel.title')}
        </h2>
        <HarvestPanel />
      </section>
    </div>
  );
}
