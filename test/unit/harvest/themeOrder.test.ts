// A live run's report listed a question's themes in the table in the text analysis's order (by notes), just below
// Hovedpunkter ranked by tables: «Tverrfaglige team» (5 bord) came before «Tillit til familiene» (4 bord) in one and
// after it in the other. The theme table now follows the Hovedpunkter ranking, whatever order the themes come in.
import { describe, expect, it } from 'vitest';
import { harvestDocument } from '@kafe/shared/harvest/document/layout';
import type { HarvestReport } from '@kafe/shared/harvest/types';
import { renderMarkdown } from '../../../server/src/export/markdown.js';
import { reportWith } from './reportWith.js';

/** The labels in each theme table, in order, one list per question that has one. */
function themeRows(md: string): string[][] {
  return md
    .split('\n### Temaer\n')
    .slice(1)
    .map((after) =>
      (after.split('\n### ')[0] ?? '')
        .split('\n')
        .filter((l) => l.startsWith('| ') && !l.startsWith('| Tema |') && !l.startsWith('| ---'))
        .map((l) => (l.split(' | ')[0] ?? '').slice(2)),
    )
    .filter((labels) => labels.length > 0);
}

describe('the theme table', () => {
  it('ranks its themes as Hovedpunkter does, most tables first, whatever order the analysis gave', () => {
    const { report } = reportWith([]);
    // The analysis's order turned round: the table must not follow it.
    const turned: HarvestReport = {
      ...report,
      questions: report.questions.map((q) => ({ ...q, themes: [...q.themes].reverse() })),
    };
    const rows = themeRows(renderMarkdown(harvestDocument(turned)));
    const withThemes = turned.questions.filter((q) => q.themes.length > 1);
    expect(withThemes.length).toBeGreaterThan(0);
    const tabled = turned.questions.filter((q) => q.themes.length > 0);
    expect(rows).toHaveLength(tabled.length);
    for (const q of withThemes) {
      const labels = rows[tabled.indexOf(q)];
      expect(labels?.slice(0, q.mainPoints.length)).toEqual(q.mainPoints.map((p) => p.label));
      const tables = q.themes.map((t) => ({ label: t.label, n: new Set(t.tables).size }));
      const inTable = (labels ?? []).map((l) => tables.find((t) => t.label === l)?.n ?? -1);
      expect(inTable).toEqual([...inTable].sort((a, b) => b - a));
    }
  });

  it('puts a pinned theme first, marked, as the projector showed it', () => {
    const { report } = reportWith([]);
    const q = report.questions.find((x) => x.themes.length > 1);
    if (!q) throw new Error('a question with two themes or more');
    const last = q.themes.reduce((a, b) => (new Set(b.tables).size <= new Set(a.tables).size ? b : a));
    const pinned: HarvestReport = {
      ...report,
      questions: report.questions.map((x) =>
        x === q ? { ...x, themes: x.themes.map((t) => (t === last ? { ...t, pinned: true } : t)) } : x,
      ),
    };
    const rows = themeRows(renderMarkdown(harvestDocument(pinned)));
    const labels = rows[report.questions.filter((x) => x.themes.length > 0).indexOf(q)];
    expect(labels?.[0]).toBe(`${last.label} (festet)`);
    expect(labels).toHaveLength(q.themes.length);
  });
});
