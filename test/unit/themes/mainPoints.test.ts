// Hovedpunkter: the themes most tables raised, as sentences a facilitator reads out.
import { describe, expect, it } from 'vitest';
import { translate } from '@kafe/shared/i18n/index';
import { mainPoints, pointSentence } from '@kafe/shared/themes/mainPoints';
import { must } from '../../fixtures/must.js';

const theme = (label: string, tables: number[], notes: number) => ({ key: label, label, tables, notes });

describe('mainPoints', () => {
  it('ranks by tables, then notes, then label; 3–5 per question; one-table themes only to reach three', () => {
    const { perQuestion, overview } = mainPoints([
      {
        questionId: 'q1',
        themes: [
          theme('Eager table', [4], 12),
          theme('Mindre rapportering', [1, 2, 3, 4, 5, 6, 7], 9),
          theme('Tillit til de ansatte', [1, 2, 3], 5),
          theme('Samarbeid', [2, 3], 4),
          theme('Alone', [9], 2),
        ],
      },
      { questionId: 'q2', themes: [theme('Mer tid med barna', [1, 2, 3, 4, 5, 6, 7, 8], 11), theme('Solo', [1], 3)] },
    ]);
    expect(must(perQuestion[0]).points.map((p) => p.label)).toEqual([
      'Mindre rapportering',
      'Tillit til de ansatte',
      'Samarbeid',
    ]);
    expect(must(perQuestion[1]).points.map((p) => p.label)).toEqual(['Mer tid med barna', 'Solo']);
    expect(overview.map((p) => p.label)).toEqual([
      'Mer tid med barna',
      'Mindre rapportering',
      'Tillit til de ansatte',
      'Samarbeid',
    ]);
  });

  it('reads a point out with its table count, in the workshop language', () => {
    const point = { label: 'Mindre rapportering gir mer tid til barna', tables: 7 };
    expect(pointSentence(point, 10, (k, v) => translate('nb', k, v))).toBe(
      'Mindre rapportering gir mer tid til barna — 7 av 10 bord',
    );
    expect(pointSentence({ label: 'Meir tid med borna', tables: 1 }, 10, (k, v) => translate('nn', k, v))).toBe(
      'Meir tid med borna — berre eitt bord',
    );
    expect(pointSentence(point, 10, (k, v) => translate('en', k, v))).toBe(
      'Mindre rapportering gir mer tid til barna — 7 of 10 tables',
    );
  });
});
