import { useEffect, useMemo, useState } from 'react';
import { roundAt, roundCount } from '@kafe/shared/rounds';
import { summaryKey } from '@kafe/shared/reducer';
import { wallClockOf } from '@kafe/shared/time';
import type { Timeline } from '@kafe/shared/timeline';
import { rememberLaunchPage } from '../app/launch';
import { tokenFromLocation } from '../sync/identity';
import { useOptimisticView, useOutbox, useWorkshop } from '../sync/hooks';
import { SyncPage } from '../sync/SyncPage';
import { errorText } from '../ui/errorText';
import { useT } from '../ui/i18n';
import { Gate, PageShell } from '../ui/PageShell';
import { SegmentHeader } from '../ui/SegmentHeader';
import { useTimeline } from '../ui/useTimeline';
import { IdeaModeration } from '../participant/IdeaModeration';
import { HostGuide } from './HostGuide';
import { HostName } from './HostName';
import { NoteComposer } from './NoteComposer';
import { NoteList } from './NoteList';
import { OutboxStatus } from './OutboxStatus';
import { PhotoPanel } from './photos/PhotoPanel';
import { RecapCard } from './RecapCard';
import { RoundSummary } from './RoundSummary';
import { TableComposition } from './TableComposition';
import { tableNotes } from './tableNotes';
import './host.css';

/** The table host's tablet: capture the round's points, star insights, summarise, brief the next group. */
export default function HostPage() {
  const token = useMemo(() => tokenFromLocation(), []);
  // An installed app opens this table's page again (app/launch.ts).
  useEffect(() => {
    if (token) rememberLaunchPage(`/host#${token}`);
  }, [token]);
  // The outbox is this link's: notes left by a tab closed offline are sent when the same link opens again.
  return (
    <SyncPage credentials={token ? { kind: 'token', token } : null} outboxScope={token ? `host:${token}` : null}>
      <HostShell hasToken={token !== null} />
    </SyncPage>
  );
}

function HostShell({ hasToken }: { hasToken: boolean }) {
  const t = useT();
  const table = useWorkshop((s) => s.table);
  return (
    <PageShell role={t('host.title')} subtitle={table ? t('table.n', { n: table }) : undefined} className="host">
      {hasToken ? (
        <>
          <OutboxStatus />
          <Gate>
            <HostBody />
          </Gate>
        </>
      ) : (
        <p role="alert">{t('error.noToken')}</p>
      )}
    </PageShell>
  );
}

function HostBody() {
  const t = useT();
  const view = useOptimisticView();
  const state = view.state;
  const table = useWorkshop((s) => s.table);
  // A refused photo is explained by the photo panel itself.
  const rejected = useOutbox((s) => (s.rejected?.entry.name === 'photo:add' ? undefined : s.rejected?.error));
  const timeline = useTimeline();
  const def = state.definition;
  const round = def && timeline ? roundAt(def.agenda, timeline) : 1;
  const [filter, setFilter] = useState<number | 'all' | null>(null);
  if (!def || !timeline || table === null) return null;
  const notes = tableNotes(view, table);
  const summaries = Object.fromEntries(Object.entries(state.summaries).map(([key, s]) => [key, s.text]));
  const shownRound = filter ?? round;
  // Participants' ideas join the list once shown (at once, or approved by the host above); refused ones never do.
  const visible = notes.filter(
    (n) => !n.deleted && n.status === 'shown' && (shownRound === 'all' || n.round === shownRound),
  );
  const rounds = Array.from({ length: roundCount(state) }, (_, i) => i + 1);
  const kind = timeline.segment?.kind;
  return (
    <div className="host-layout">
      <div className="host-main">
        <SegmentHeader def={def} timeline={timeline} />
        <Between timeline={timeline} timeZone={def.timeZone} />
        {(kind === 'rotation' || kind === 'plenary' || round > 1) && (
          <RecapCard
            table={table}
            upToRound={kind === 'rotation' || kind === 'plenary' ? round : round - 1}
            notes={notes}
            summaries={summaries}
            open={kind === 'rotation' || kind === 'plenary'}
            plenary={kind === 'plenary'}
          />
        )}
        <IdeaModeration table={table} />
        <NoteComposer round={round} />
        {rejected && (
          <p className="form-error" role="alert">
            {t('host.rejected', { message: errorText(t, rejected) })}
          </p>
        )}
        <div className="note-filter">
          <label className="field-inline">
            <span>{t('host.filter')}</span>
            <select
              value={String(shownRound)}
              onChange={(e) => setFilter(e.target.value === 'all' ? 'all' : Number(e.target.value))}
            >
              {rounds.map((r) => (
                <option key={r} value={r}>
                  {t('round.n', { n: r })}
                </option>
              ))}
              <option value="all">{t('common.all')}</option>
            </select>
          </label>
        </div>
        <NoteList notes={visible} emptyText={t('host.noNotes')} />
      </div>
      <aside className="host-side" aria-label={t('host.summary')}>
        <HostName saved={state.hostNames[table] ?? ''} />
        <HostGuide />
        <RoundSummary key={round} table={table} round={round} saved={summaries[summaryKey(table, round)] ?? ''} />
        {/* Beside the summary, not between the composer and the notes: a photo is taken once, at the end of a round. */}
        <PhotoPanel table={table} round={round} />
        <TableComposition key={`composition-${round}`} table={table} round={round} />
      </aside>
    </div>
  );
}

/** Outside rounds, the host is told what happens now and next. */
function Between({ timeline, timeZone }: { timeline: Timeline; timeZone: string }) {
  const t = useT();
  if (timeline.status === 'notStarted') return <p className="notice">{t('host.next.notStarted')}</p>;
  switch (timeline.segment?.kind) {
    case 'rotation':
      return <p className="notice notice-strong">{t('host.next.rotation')}</p>;
    case 'break':
      return timeline.endsAt !== null ? (
        <p className="notice">{t('host.next.break', { time: wallClockOf(timeline.endsAt, timeZone) })}</p>
      ) : null;
    case 'plenary':
      return <p className="notice">{t('host.next.plenary')}</p>;
    default:
      return null;
  }
}
