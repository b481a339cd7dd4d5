// The default workshop: the seed's kafédialog (test/fixtures/seeds/004_kafedialog.txt is a verbatim copy of the seed).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definitionSchema } from '@kafe/shared/agenda';
import { agendaProblems } from '@kafe/shared/agendaRules';
import { KAFEDIALOG_TEMPLATE } from '@kafe/shared/template';
import { must } from '../fixtures/must.js';

const seed = readFileSync(new URL('../fixtures/seeds/004_kafedialog.txt', import.meta.url), 'utf8');
const def = { ...KAFEDIALOG_TEMPLATE, date: '2026-03-10' };

/** The bold question after "Spørsmålsrunde én:/to:/tre:" in the seed, with its line breaks joined. */
function seedQuestion(nth: 'én' | 'to' | 'tre'): string {
  const m = new RegExp(`Spørsmålsrunde ${nth}:\\s*\\*\\*([\\s\\S]+?)\\*\\*`).exec(seed);
  if (!m?.[1]) throw new Error(`the seed has no question round "${nth}"`);
  return m[1].replace(/\s+/g, ' ').trim();
}

describe('the kafédialog template', () => {
  it('with a date, is a valid workshop definition with no agenda problems', () => {
    expect(definitionSchema.safeParse(def).success).toBe(true);
    expect(agendaProblems(definitionSchema.parse(def))).toEqual([]);
  });

  it('has 10 tables, in Norwegian bokmål, in Oslo time, on fixed times', () => {
    expect(def.tables).toBe(10);
    expect(def.language).toBe('nb');
    expect(def.timeZone).toBe('Europe/Oslo');
    expect(def.settings.clockMode).toBe('fixed');
  });

  it("follows the seed's times: 12:45 intro, 13:00 first question … 14:30 plenary", () => {
    expect(def.agenda.map((s) => [s.start, s.kind, s.questionId ?? null])).toEqual([
      ['12:45', 'intro', null],
      ['13:00', 'round', 'q1'],
      ['13:25', 'rotation', null],
      ['13:28', 'round', 'q2'],
      ['13:50', 'break', null],
      ['14:05', 'rotation', null],
      ['14:08', 'round', 'q3'],
      ['14:30', 'plenary', null],
    ]);
  });

  it('every block lasts until the next one starts', () => {
    const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
    def.agenda.slice(0, -1).forEach((s, i) => {
      expect(minutes(s.start) + s.durationMin, s.id).toBe(minutes(must(def.agenda[i + 1]).start));
    });
  });

  it('holds the plenary with overtime rather than ending it by itself', () => {
    expect(def.agenda.at(-1)).toMatchObject({ kind: 'plenary', hold: true });
  });

  it("asks the seed's three questions word for word, in order", () => {
    expect(def.questions.map((q) => q.text)).toEqual([seedQuestion('én'), seedQuestion('to'), seedQuestion('tre')]);
    expect(def.questions[0]?.text).toBe('Hva har du hørt i dag (om Tillitsreformen) som gir mening for deg?');
  });

  it("the seed's timetable lists the same block times", () => {
    const times = [...seed.matchAll(/\*\*(\d\d:\d\d)\*\*/g)].map((m) => m[1]);
    expect(times).toEqual(['12:45', '13:25', '13:50', '14:05', '14:30']);
    for (const t of times)
      expect(
        def.agenda.some((s) => s.start === t),
        t,
      ).toBe(true);
  });

  it("carries the seed's host guidance", () => {
    expect(def.hostGuidance).toHaveLength(3);
    expect(def.hostGuidance.join(' ')).toContain('følge energien i samtalen');
    expect(def.hostGuidance.join(' ')).toContain('kort/overordnet oppsummering');
  });
});
