// The scripted workshop planned ten tables and used three. Its report said «Samtalene foregikk ved 3 bord» on the first
// page and «en kafédialog med 10 bord» in the method: a filer cannot tell which is true. The generated method now
// counts the tables that took part, as the participation does; the console's suggestion before the workshop (no
// tables used yet) still says the planned number.
import { describe, expect, it } from 'vitest';
import { methodParagraph } from '@kafe/shared/harvest/method';
import { tablesTookPart } from '@kafe/shared/harvest/participation';
import { translate } from '@kafe/shared/i18n/index';
import { DEFINITION, scriptedEvents, scriptedState } from './scripted.js';
import { reportWith } from './reportWith.js';

describe('the method and the participation count the same tables', () => {
  it('in bokmål, nynorsk and English', () => {
    const cases = [
      ['nb', 'Samtalene foregikk ved 3 bord', 'kafédialog med 3 bord og 3 samtalerunder'],
      ['nn', 'Samtalane gjekk føre seg ved 3 bord', 'kafédialog med 3 bord og 3 samtalerundar'],
      ['en', 'The conversations took place at 3 tables', 'café dialogue with 3 tables and 3 rounds'],
    ] as const;
    for (const [language, front, method] of cases) {
      const { report, md } = reportWith([], language);
      expect(report.participation.hostedTables, language).toBe(3);
      expect(md, language).toContain(front);
      expect(report.filing.method, language).toContain(method);
      expect(md, language).not.toMatch(/med 10 bord|with 10 tables/);
    }
  });

  it('before the workshop, with no table used yet, the suggestion says the planned tables', () => {
    const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
      translate('nb', key, vars);
    expect(methodParagraph(DEFINITION, { votes: 0, evaluated: false }, t)).toContain(
      `kafédialog med ${DEFINITION.tables} bord`,
    );
    expect(methodParagraph(DEFINITION, { votes: 0, evaluated: false, tables: 0 }, t)).toContain(
      `kafédialog med ${DEFINITION.tables} bord`,
    );
  });

  it("the console's suggestion after the day counts the tables as the report does, so an edited method keeps it", () => {
    const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
      translate('nb', key, vars);
    const tables = tablesTookPart(scriptedState(scriptedEvents()));
    expect(tables).toBe(reportWith([]).report.participation.hostedTables);
    expect(methodParagraph(DEFINITION, { votes: 0, evaluated: false, tables }, t)).toContain('kafédialog med 3 bord');
  });
});
