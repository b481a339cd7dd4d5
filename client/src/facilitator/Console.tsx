import type { ReactNode } from 'react';
import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { Timeline } from '@kafe/shared/timeline';
import { useWorkshop } from '../sync/hooks';
import { useServerSecond, useTimeline } from '../ui/useTimeline';
import { ConsoleTabs, panelId, tabId } from './console/ConsoleTabs';
import { LiveSection, PlenarySection, PrepareSection, ReportSection } from './console/ConsoleSections';
import type { ConsoleTab } from './console/consoleTabs';
import { LiveBar } from './console/LiveBar';
import { ProjectorSide } from './console/ProjectorSide';
import { useConsoleTab } from './console/useConsoleTab';
import './console/console.css';

/**
 * The facilitator's console on a laptop: the live bar (clock, buttons, message) always in view; below it the section
 * the workshop is in (preparation, live, plenary, report), and beside it a miniature of the projector.
 */
export function Console({ token }: { token: string }) {
  const def = useWorkshop((s) => s.state.definition);
  const timeline = useTimeline();
  const now = useServerSecond();
  if (!def || !timeline) return null;
  return <ConsoleView def={def} timeline={timeline} now={now} token={token} />;
}

function ConsoleView(props: { def: WorkshopDefinition; timeline: Timeline; now: number; token: string }) {
  const { def, timeline, token } = props;
  const { tab, phaseTab, pick } = useConsoleTab(timeline);
  return (
    <div className="console">
      <LiveBar def={def} timeline={timeline} />
      <div className="console-body">
        <div className="console-main">
          <ConsoleTabs tab={tab} phaseTab={phaseTab} onPick={pick} />
          <TabPanel name="prepare" shown={tab}>
            <PrepareSection {...props} />
          </TabPanel>
          <TabPanel name="live" shown={tab}>
            <LiveSection {...props} />
          </TabPanel>
          <TabPanel name="plenary" shown={tab}>
            <PlenarySection {...props} />
          </TabPanel>
          <TabPanel name="report" shown={tab}>
            <ReportSection />
          </TabPanel>
        </div>
        <ProjectorSide
          def={def}
          token={token}
          inPlenary={timeline.status !== 'finished' && timeline.segment?.kind === 'plenary'}
        />
      </div>
    </div>
  );
}

/** Every section stays mounted (a half-edited agenda survives a look at another tab); only the chosen one shows. */
function TabPanel({ name, shown, children }: { name: ConsoleTab; shown: ConsoleTab; children: ReactNode }) {
  return (
    <div
      role="tabpanel"
      id={panelId(name)}
      aria-labelledby={tabId(name)}
      hidden={name !== shown}
      className={`console-panel console-panel-${name}`}
    >
      {children}
    </div>
  );
}
