import { useMemo } from 'react';
import { tokenFromLocation } from '../sync/identity';
import { useWorkshop } from '../sync/hooks';
import { SyncPage } from '../sync/SyncPage';
import { useT } from '../ui/i18n';
import { Gate, PageShell } from '../ui/PageShell';
import { SecureContextNotice } from '../ui/SecureContextNotice';
import { SegmentHeader } from '../ui/SegmentHeader';
import { useServerSecond, useTimeline } from '../ui/useTimeline';
import { AgendaEditor } from './clock/AgendaEditor';
import { ClockControls } from './clock/ClockControls';
import { HarvestPanel } from './harvest/HarvestPanel';
import { LinksPanel } from './links/LinksPanel';
import { PlenaryPanel } from './plenary/PlenaryPanel';
import { ParticipantsPanels } from './participants/ParticipantsPanel';
import { ScheduleTable } from './clock/ScheduleTable';
import { TableOverview } from './tables/TableOverview';

/** The facilitator's console on a laptop: the clock, the plan against reality, the tables, the links. */
export default function FacilitatorPage() {
  const t = useT();
  const token = useMemo(() => tokenFromLocation(), []);
  return (
    <SyncPage credentials={token ? { kind: 'token', token } : null}>
      <PageShell role={t('fac.title')} className="facilitator">
        {token ? (
          <Gate>
            <Console />
          </Gate>
        ) : (
          <p role="alert">{t('error.noToken')}</p>
        )}
      </PageShell>
    </SyncPage>
  );
}

function Console() {
  const t = useT();
  const def = useWorkshop((s) => s.state.definition);
  const presence = useWorkshop((s) => s.presence);
  const timeline = useTimeline();
  const now = useServerSecond();
  if (!def || !timeline) return null;
  return (
    <div className="console">
      <SecureContextNotice />
      <section className="panel panel-clock" aria-labelledby="clock-h">
        <h2 id="clock-h" className="panel-title">
          {t('fac.clock')}
        </h2>
        <SegmentHeader def={def} timeline={timeline} />
        <ClockControls timeline={timeline} />
        {presence && (
          <p className="help">
            {t('fac.presence', { participants: presence.participants, screens: presence.screens })}
          </p>
        )}
      </section>
      <section className="panel" aria-labelledby="schedule-h">
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
      <ParticipantsPanels />
      <section className="panel panel-wide" aria-labelledby="plenary-h">
        <h2 id="plenary-h" className="panel-title">
          {t('plenary.panel')}
        </h2>
        <PlenaryPanel def={def} timeline={timeline} />
      </section>
      <section className="panel" aria-labelledby="links-h">
        <h2 id="links-h" className="panel-title">
          {t('fac.links')}
        </h2>
        <LinksPanel />
      </section>
      <section className="panel" aria-labelledby="harvest-h">
        <h2 id="harvest-h" className="panel-title">
          {t('harvest.panel.title')}
        </h2>
        <HarvestPanel />
      </section>
      <details className="panel panel-wide">
        <summary className="panel-title">{t('fac.agenda')}</summary>
        <AgendaEditor def={def} />
      </details>
    </div>
  );
}
