import type { Segment, WorkshopDefinition } from '@kafe/shared/agenda';
import { wallClockOf } from '@kafe/shared/time';
import type { Timeline } from '@kafe/shared/timeline';
import type { Translate } from './i18n';

/** The title every screen shows for where the workshop is. */
export function segmentTitle(t: Translate, timeline: Timeline): string {
  if (timeline.status === 'finished') return t('clock.finished');
  return (timeline.segment ?? timeline.next)?.title ?? t('clock.notStarted');
}

/** A word on the clock's state beside the countdown ('Satt på pause', not started, overtime), or null while it runs. */
export function clockStatus(t: Translate, timeline: Timeline): string | null {
  if (timeline.status === 'paused') return t('clock.paused');
  if (timeline.status === 'notStarted') return t('clock.notStarted');
  return timeline.overtime ? t('clock.overtime') : null;
}

export function questionOf(def: WorkshopDefinition, segment: Segment | null): string | null {
  if (!segment?.questionId) return null;
  return def.questions.find((q) => q.id === segment.questionId)?.text ?? null;
}

/** "Next: Round 2 at 13:28", with the time the next segment starts on the server clock. */
export function nextLine(t: Translate, def: WorkshopDefinition, timeline: Timeline): string | null {
  const next = timeline.next;
  // Before the start the next segment is the title itself: 'Neste: Intro' under 'Intro' says nothing.
  if (!next || timeline.status === 'finished' || timeline.status === 'notStarted') return null;
  if (timeline.endsAt === null || timeline.segment?.hold) return t('clock.nextNoTime', { title: next.title });
  return t('clock.next', { title: next.title, time: wallClockOf(timeline.endsAt, def.timeZone) });
}
