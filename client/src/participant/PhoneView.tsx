import type { WorkshopDefinition } from '@kafe/shared/agenda';
import { roundNumberOf } from '@kafe/shared/rounds';
import type { Timeline } from '@kafe/shared/timeline';
import { useWorkshop } from '../sync/hooks';
import { SegmentHeader } from '../ui/SegmentHeader';
import { useTimeline } from '../ui/useTimeline';
import { BreakCard } from './BreakCard';
import { ChangeTables } from './ChangeTables';
import { Extras, useExtrasTask } from './Extras';
import { IdeaBox } from './IdeaBox';
import { MyIdeas } from './MyIdeas';
import { GroupPicker } from './GroupPicker';
import { NameField } from './NameField';
import { seatingRound, seatOf, type Seat } from '@kafe/shared/participation/seating';
import { StatusNote } from './StatusNote';
import { TableCard } from './TableCard';
import './phone.css';

type Phase = 'waiting' | 'round' | 'rotation' | 'break' | 'finished' | 'other';

function phaseOf(timeline: Timeline): Phase {
  if (timeline.status === 'notStarted') return 'waiting';
  if (timeline.status === 'finished') return 'finished';
  const kind = timeline.segment?.kind;
  if (!kind) return 'other';
  switch (kind) {
    case 'round':
      return 'round';
    case 'rotation':
      return 'rotation';
    case 'break':
      return 'break';
    case 'intro':
    case 'plenary':
    case 'talk':
    case 'other':
      return 'other';
    default:
      return kind satisfies never;
  }
}

/**
 * The phone through the whole workshop: where we are, then what to do now first (change tables, vote, answer the
 * evaluation), then the question's extras: your table, ideas, and the optional name.
 */
export function PhoneView() {
  const def = useWorkshop((s) => s.state.definition);
  const me = useWorkshop((s) => (s.participantId ? s.state.participants[s.participantId] : undefined));
  const timeline = useTimeline();
  const task = useExtrasTask();
  if (!def || !timeline) return null;
  const round = seatingRound(def.agenda, timeline);
  const seat = seatOf(me, def.settings.mixing, round);
  const phase = phaseOf(timeline);
  // A vote or the evaluation goes before the round's own cards; never before "change tables".
  const extrasFirst = phase !== 'rotation' && (task || phase === 'other' || phase === 'finished');
  return (
    <div className="p-view">
      <SegmentHeader def={def} timeline={timeline} variant="compact" />
      {extrasFirst && <Extras />}
      <PhaseBody phase={phase} def={def} timeline={timeline} seat={seat} round={round} />
      {!extrasFirst && <Extras />}
      <NameField />
      <GroupPicker />
    </div>
  );
}

function PhaseBody({
  phase,
  def,
  timeline,
  seat,
  round,
}: {
  phase: Phase;
  def: WorkshopDefinition;
  timeline: Timeline;
  seat: Seat;
  round: number | null;
}) {
  // Choosing a table belongs to the rounds (and the rotation's own buttons); elsewhere the card only says where you sit.
  const table = <TableCard seat={seat} tables={def.tables} round={round} canChange={phase === 'round'} />;
  switch (phase) {
    case 'waiting':
      return (
        <>
          <StatusNote kind="waiting" />
          {table}
        </>
      );
    case 'round': {
      const current = timeline.segment ? roundNumberOf(def.agenda, timeline.segment.id) : null;
      return (
        <>
          {table}
          {def.settings.ideas !== 'off' && current !== null && (
            <IdeaBox round={current} mode={def.settings.ideas} hasTable={seat.table !== null} />
          )}
          <MyIdeas />
        </>
      );
    }
    case 'rotation':
      return (
        <ChangeTables
          key={`${timeline.segment?.id ?? ''}:${timeline.startedAt ?? ''}`}
          seat={seat}
          tables={def.tables}
        />
      );
    case 'break':
      return (
        <>
          <BreakCard def={def} timeline={timeline} />
          {table}
        </>
      );
    case 'finished':
      return <StatusNote kind="finished" />;
    case 'other':
      return (
        <>
          {table}
          <MyIdeas />
        </>
      );
    default:
      return phase satisfies never;
  }
}
