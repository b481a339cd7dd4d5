import type { Language, WorkshopDefinition } from '../agenda.js';
import type { ClockEntry } from '../clock.js';
import { roundNumberOf } from '../rounds.js';
import { dateInZone, MINUTE } from '../time.js';
import { planOf, timelineAt, type SegmentRun } from '../timeline.js';
import { inLanguage } from './templateTexts.js';
import type { AgendaReport, AgendaRow } from './types.js';

const wholeMinutes = (ms: number): number => Math.round(ms / MINUTE);

/** Past this, a shift of the plan is said as two dates and times, never as thousands of minutes. */
export const SHIFT_SAID_IN_MINUTES_MAX = 3 * 60 * MINUTE;

/**
 * The agenda planned against what happened, from the same timelineAt every screen uses, so the report and the console
 * agree. A segment run more than once (the facilitator went back) counts from its first start to its last end, and its
 * length is the time spent in all its runs.
 */
export function agendaReport(
  def: WorkshopDefinition,
  clock: readonly ClockEntry[],
  now: number,
  language: Language = def.language,
): AgendaReport {
  const t = timelineAt(def, clock, now);
  const plan = planOf(def, t.planShiftMs);
  const asPlanned = planOf(def, 0);
  // Started on another day, or hours off (a rehearsal): the planned column keeps the agenda's times, and a sentence
  // says when the clock was started instead; delays still count from that start, as the console showed them.
  const startedAt = plan.start(0);
  const plannedAt = asPlanned.start(0);
  const offPlan =
    t.planShiftMs !== 0 &&
    (Math.abs(t.planShiftMs) > SHIFT_SAID_IN_MINUTES_MAX ||
      dateInZone(startedAt, def.timeZone) !== dateInZone(plannedAt, def.timeZone));
  const runsOf = new Map<string, SegmentRun[]>();
  for (const run of t.runs) runsOf.set(run.segmentId, [...(runsOf.get(run.segmentId) ?? []), run]);
  const current = t.status === 'running' || t.status === 'paused' ? t.segment?.id : undefined;

  const rows = def.agenda.map((segment, i): AgendaRow => {
    const runs = runsOf.get(segment.id) ?? [];
    const first = runs[0];
    const last = runs.at(-1);
    const plannedStartAt = plan.start(i);
    const base = {
      segmentId: segment.id,
      kind: segment.kind,
      title: inLanguage(segment.title, language),
      questionId: segment.questionId ?? null,
      round: roundNumberOf(def.agenda, segment.id),
      plannedStartAt: offPlan ? asPlanned.start(i) : plannedStartAt,
      plannedMin: segment.durationMin,
    };
    if (!first || !last)
      return {
        ...base,
        actualStartAt: null,
        actualEndAt: null,
        actualMin: null,
        startDelayMin: null,
        status: 'notRun',
      };
    const spent = runs.reduce((sum, r) => sum + ((r.endedAt ?? now) - r.startedAt), 0);
    return {
      ...base,
      actualStartAt: first.startedAt,
      actualEndAt: last.endedAt,
      actualMin: wholeMinutes(spent),
      startDelayMin: wholeMinutes(first.startedAt - plannedStartAt),
      status: segment.id === current && last.endedAt === null ? 'current' : 'done',
    };
  });
  return {
    status: t.status,
    planShiftMin: offPlan ? 0 : wholeMinutes(t.planShiftMs),
    startedOffPlan: offPlan ? { startedAt, plannedAt } : null,
    rows,
  };
}
