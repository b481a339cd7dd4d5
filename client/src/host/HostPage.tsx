import { useEffect, useMemo, useState } from 'react';
import { roundAt, roundCount } from '@kafe/shared/rounds';
import { summaryKey } from '@kafe/shared/reducer';
import { wallClockOf } from '@kafe/shared/time';
import type { Timeline } from '@kafe/shared/timeline';
import { tokenFromLocation } from '../sync/identity';
import { startOutbox, useOutbox } from '../sync/outboxClient';
import { useWorkshop } from '../sync/workshopStore';
import { errorText } from '../ui/errorText';
import { useT } from '../ui/i18n';
import { Gate, PageShell } from '../ui/PageShell';
import { SegmentHeader } from '../ui/SegmentHeader';
import { useConnection } from '../ui/useConnection';
import { useTimeline } from '../ui/useTimeline';
import { IdeaModeration } from '../participant/IdeaModeration';
import { HostGuide } from './HostGuide';
import { HostName } from './HostName';
import { NoteComposer } from './NoteComposer';
import { NoteList } from './NoteList';
import { OutboxStatus } from './OutboxStatus';
import { withPending } from './pendingNotes';
import { RecapCard } from './RecapCard';
import { RoundSummary } from './RoundSummary';

/** The table host's tablet: capture the round's points, star insights, summarise, brief the next group. */
export default function HostPage() {
  const t = useT();
  const token = useMemo(tokenFromLocation, []);
  useConnection(token ? { kind: 'token', token } : null);
  useEffect(() => (token ? startOutbox(`host:${token}`) : undefined), [token]);
  const table = useWorkshop((s) => s.table);
  return (
    <PageShell role={t('host.title')} subtitle={table ? t('table.n', { n: table }) : undefined} className="host">
      {token ? (
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
  const state = useWorkshop((s) => s.state);
  const table = useWorkshop((s) => s.table);
  const entries = useOutbox((s) => s.entries);
  const rejected = useOutbox((s) => s.rejected);
  const timeline = useTimeline();
  const def = state.definition;
  const round = def && timeline ? roundAt(def.agenda, timeline) : 1;
  const [filter, setFilter] = useState<number | 'all' | null>(null);
  if (!def || !timeline || table === null) return null;
  const view = withPending(state, table, round, entries);
  const shownRound = filter ?? round;
  // Participants' ideas join the list once shown (at once, or approved by the host above); refused ones never do.
  const visible = view.notes.filter((n) => !n.deleted && n.status === 'shown' && (shownRound === 'all' || n.round === shownRound));
  const rounds = Array.from({ length: roundCount(state) }, (_, i) => i + 1);
  const kind = timeline.segment?.kind;
  return (
    <div className="host-layout">
      <div className="host-main">
        <SegmentHeader def={def} timeline={timeline} />
        <Between timeline={timeline} timeZone={def.timeZone} />
        {(kind === 'rotation' || round > 1) && (
          <RecapCard table={table} upToRound={kind === 'rotation' ? round : round - 1} notes={view.notes} summaries={view.summaries} open={kind === 'rotation'} />
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
        <RoundSummary key={round} round={round} saved={view.summaries[summaryKey(table, round)] ?? ''} />
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
      return timeline.endsAt !== null ? <p className="notice">{t('host.next.break', { time: wallClockOf(timeline.endsAt, timeZone) })}</p> : null;
    case 'plenary':
      return <p className="notice">{t('host.next.plenary')}</p>;
    default:
      return null;
  }
}
