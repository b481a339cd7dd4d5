// Appendix 2 after a rehearsal: the clock started on 2 December for a workshop planned on 15 December at 12:45. The
// review's report said "planlagde tider er flytta 18 336 min tidlegare" and "Planlagd start 19:08"; it must say when
// the clock was started instead, in one sentence with dates, and keep the agenda's own times as the planned ones.
import { describe, expect, it } from 'vitest';
import type { Language } from '@kafe/shared/agenda';
import type { StoredEvent, WorkshopEvent } from '@kafe/shared/events';
import { buildHarvestReport } from '@kafe/shared/harvest/index';
import { harvestDocument } from '@kafe/shared/harvest/document/layout';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import { planShiftForStart } from '@kafe/shared/timeline';
import { definitionFromInput } from '@kafe/shared/workshopInput';
import { renderMarkdown } from '../../../server/src/export/markdown.js';
import { must } from '../../fixtures/must.js';
import { MINUTE, oslo } from '../../fixtures/workshop.js';

const PLANNED_DAY = '2026-12-15';

/** Appendix 2 of a workshop planned on 15 December, its clock started at `startedAt` and moved on twice. */
function agendaAppendix(language: Language, startedAt: number): string {
  const made = definitionFromInput({ title: 'Vestby', language, date: PLANNED_DAY }, PLANNED_DAY);
  if (!made.ok) throw new Error(made.problems.join('; '));
  const def = made.definition;
  const round1 = must(def.agenda[1]).id;
  const events: [number, WorkshopEvent][] = [
    [startedAt - 60 * MINUTE, { type: 'workshop.created', definition: def }],
    [startedAt, { type: 'clock.started', planShiftMs: planShiftForStart(def, startedAt) }],
    [startedAt + 2 * MINUTE, { type: 'clock.jumped', segmentId: round1 }],
  ];
  const log: StoredEvent[] = events.map(([at, event], i) => ({
    seq: i + 1,
    at,
    actor: i === 0 ? { role: 'organiser' } : { role: 'facilitator' },
    event,
  }));
  const now = startedAt + 10 * MINUTE;
  const md = renderMarkdown(harvestDocument(buildHarvestReport(applyAll(emptyState(), log), log, { now })));
  return must(must(md.split('\n## Vedlegg 2')[1] ?? md.split('\n## Appendix 2')[1]).split('\n## ')[0]);
}

const REHEARSAL = oslo('19:08', 0, '2026-12-02');

describe('the agenda appendix of a workshop whose clock was started on another day', () => {
  it('says when the clock was started instead, with dates, and never the shift in minutes', () => {
    const nn = agendaAppendix('nn', REHEARSAL);
    expect(nn).toContain('_Klokka vart starta 2. desember kl. 19:08, ikkje 15. desember kl. 12:45 som planlagt.');
    expect(nn).not.toMatch(/flytta|\d \d{3} min/);
    expect(agendaAppendix('nb', REHEARSAL)).toContain(
      '_Klokka ble startet 2. desember kl. 19:08, ikke 15. desember kl. 12:45 som planlagt.',
    );
    expect(agendaAppendix('en', REHEARSAL)).toContain(
      '_The clock was started on 2 December at 19:08, not on 15 December at 12:45 as planned.',
    );
  });

  it("keeps the agenda's times as planned and the clock's as actual, with delays from the actual start", () => {
    const nn = agendaAppendix('nn', REHEARSAL);
    expect(nn).toContain('| Intro kafédialog | 12:45 | 19:08 | 15 | 2 | i rute |');
    // Round 1 was planned 15 minutes after the intro and begun after 2: 13 minutes early, not 13 days.
    expect(nn).toMatch(/\| Første spørsmål \(Runde 1\) \| 13:00 \| 19:10 \| 25 \| \d+ \(pågår\) \| −13 min \|/);
  });

  it('names the year when the clock was started in another year', () => {
    expect(agendaAppendix('nn', oslo('10:00', 0, '2025-12-01'))).toContain(
      'Klokka vart starta 1. desember 2025 kl. 10:00, ikkje 15. desember 2026 kl. 12:45 som planlagt.',
    );
  });

  it('still says a small shift on the day in minutes (started after the planned end, within three hours)', () => {
    const nn = agendaAppendix('nn', oslo('15:30', 0, PLANNED_DAY));
    expect(nn).toContain('planlagde tider er flytta 165 min seinare');
    expect(nn).not.toContain('Klokka vart starta 15. desember');
  });
});
