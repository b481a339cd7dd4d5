import type { Language, WorkshopDefinition } from '../agenda.js';
import type { ClockEntry } from '../clock.js';
import { roundNumberOf } from '../rounds.js';
import { MINUTE } from '../time.js';
import { planOf, timelineAt, type SegmentRun } from '../timeline.js';
import { inLanguage } from './templateTexts.js';
import type { AgendaReport, AgendaRow } from './types.js';

const wholeMinutes = (ms: number): number => Math.round(ms / MINUTE);

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
      plannedStartAt,
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
  return { status: t.status, planShiftMin: wholeMinutes(t.planShiftMs), rows };
}
