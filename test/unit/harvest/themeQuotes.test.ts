// A live run's report (2026-12-03) quoted the same words twice or three times in one theme's cell («Vi kan slutte å
// måle det ingen brukar» ×3), because several tables wrote them. The theme table quotes each wording once and fills
// the place with another of the theme's notes.
import { describe, expect, it } from 'vitest';
import type { WorkshopEvent } from '@kafe/shared/events';
import { uuidOf } from '../../fixtures/workshop.js';
import { reportWith } from './reportWith.js';

const SAME = 'Vi kan slutte å måle det ingen bruker';
/** Three tables write the same words (one with a full stop), a fourth says it otherwise: one theme of four notes. */
const extra: WorkshopEvent[] = [
  [1, SAME],
  [2, SAME],
  [3, `${SAME}.`],
  [2, 'Slutte å måle det ingen bruker til noe'],
].map(([table, text], i) => ({
  type: 'note.added',
  noteId: uuidOf(700 + i),
  table: Number(table),
  questionId: 'q3',
  round: 3,
  text: String(text),
  source: 'host',
}));

describe("the theme table's quotes", () => {
  it('quote each wording once, the theme’s other notes filling in', () => {
    const { report, md } = reportWith(extra);
    const q3 = report.questions.find((q) => q.questionId === 'q3');
    const theme = q3?.themes.find((t) => t.noteIds.includes(uuidOf(700)));
    expect(theme?.noteIds.length).toBeGreaterThanOrEqual(4);
    const row = md.split('\n').find((l) => l.startsWith(`| ${theme?.label ?? '?'} |`)) ?? '';
    expect(row).toContain(`«${SAME}»`);
    expect(row.split(SAME).length - 1).toBe(1);
    expect(row).toContain('«Slutte å måle det ingen bruker til noe»');
  });
});
