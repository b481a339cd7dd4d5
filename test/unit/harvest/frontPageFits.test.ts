// A live run (2026-12-03, ten tables, three questions with five main points each) filed a first page whose last line,
// «Rapporten ble laget …», ran over onto page 2 alone. The first page now lists each question's first three points
// and says the rest are on the question's page, where all of them stay.
import { describe, expect, it } from 'vitest';
import type { Language } from '@kafe/shared/agenda';
import { buildHarvestReport } from '@kafe/shared/harvest/index';
import { harvestDocument } from '@kafe/shared/harvest/document/layout';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import { renderMarkdown } from '../../../server/src/export/markdown.js';
import { seedWorkshopEvents } from '../../fixtures/seedWorkshop.js';

const events = seedWorkshopEvents();
const state = applyAll(emptyState(), events);
const now = (events.at(-1)?.at ?? 0) + 60_000;

function reportIn(language: Language) {
  const report = buildHarvestReport(state, events, { now, language });
  const md = renderMarkdown(harvestDocument(report));
  // The first page: the title and the summary, up to the next section (the method).
  const summary = md.indexOf('\n## ');
  const front = md.slice(0, md.indexOf('\n## ', summary + 1));
  return { report, md, front };
}

describe('the first page of a ten-table workshop', () => {
  it('lists three points per question and says where the rest are; the question pages keep all five', () => {
    const { report, md, front } = reportIn('nb');
    const full = report.questions.filter((q) => q.mainPoints.length > 3);
    expect(full.length).toBeGreaterThan(0);
    expect(front).toContain(
      'De tre temaene flest bord tok opp, per spørsmål. Alle hovedpunktene står på siden for hvert spørsmål.',
    );
    for (const q of report.questions) {
      const [kept, cut] = [q.mainPoints.slice(0, 3), q.mainPoints.slice(3)];
      for (const p of kept) expect(front).toContain(`${p.label} — `);
      for (const p of cut) expect(front).not.toContain(`${p.label} — `);
      for (const p of q.mainPoints) expect(md.slice(front.length)).toContain(`${p.label} — `);
    }
  });

  it('says so in nynorsk and English too', () => {
    expect(reportIn('nn').front).toContain(
      'Dei tre temaa flest bord tok opp, per spørsmål. Alle hovudpunkta står på sida for kvart spørsmål.',
    );
    expect(reportIn('en').front).toContain(
      'The three themes most tables raised, per question. Each question’s page lists all its main points.',
    );
  });
});
