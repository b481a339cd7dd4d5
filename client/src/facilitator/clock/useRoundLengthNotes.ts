import type { MessageKey } from '@kafe/shared/i18n/nb/index';
import { MINUTE } from '@kafe/shared/time';
import type { Timeline } from '@kafe/shared/timeline';
import {
  minutesOf,
  roundLengthChange,
  type ClockAction,
  type RoundLengthChange,
} from '@kafe/shared/timelineRoundChange';
import { serverNow } from '../../sync/serverClock';
import { useWorkshop } from '../../sync/hooks';
import { useT, type Translate } from '../../ui/i18n';

export type NotedButton = 'next' | 'prev' | 'minus1' | 'plus1' | 'plus5';

/** The clock buttons that can move a round's end, with the label the note names them by. */
const NOTED_BUTTONS: readonly { button: NotedButton; action: ClockAction; label: MessageKey }[] = [
  { button: 'next', action: { name: 'clock:next' }, label: 'clock.nextSegment' },
  { button: 'prev', action: { name: 'clock:prev' }, label: 'clock.prevSegment' },
  { button: 'minus1', action: { name: 'clock:adjust', deltaMs: -MINUTE }, label: 'clock.minus1' },
  { button: 'plus1', action: { name: 'clock:adjust', deltaMs: MINUTE }, label: 'clock.plus1' },
  { button: 'plus5', action: { name: 'clock:adjust', deltaMs: 5 * MINUTE }, label: 'clock.plus5' },
];

/**
 * For each clock button, what it would do to a round if pressed now ('Neste: Runde 2 blir 32 min'), or nothing
 * when no round changes by more than 2 minutes. Shown next to the buttons before they are pressed, so the facilitator
 * never learns of a 59-minute round from the projector. Recomputed on every render: the console renders every second.
 */
export function useRoundLengthNotes(timeline: Timeline): Partial<Record<NotedButton, string>> {
  const t = useT();
  const def = useWorkshop((s) => s.state.definition);
  const clock = useWorkshop((s) => s.state.clock);
  const notes: Partial<Record<NotedButton, string>> = {};
  if (!def || (timeline.status !== 'running' && timeline.status !== 'paused')) return notes;
  const now = serverNow();
  for (const { button, action, label } of NOTED_BUTTONS) {
    const changes = roundLengthChange(def, clock, now, action);
    if (changes.length > 0)
      notes[button] = t('clock.lengthChange.ifPressed', {
        button: t(label),
        change: changes.map((c) => sayChange(t, c)).join(', '),
      });
  }
  return notes;
}

function sayChange(t: Translate, change: RoundLengthChange): string {
  const min = minutesOf(change.toMs);
  return change.round === null
    ? t('clock.lengthChange.segment', { title: change.title, min })
    : t('clock.lengthChange.round', { n: change.round, min });
}
