// What an organiser sends to create a workshop, filled in from the template (shared/src/workshopInput.ts).
import { describe, expect, it } from 'vitest';
import { KAFEDIALOG_TEMPLATE } from '@kafe/shared/template';
import { definitionFromInput, workshopInputSchema, type WorkshopInput } from '@kafe/shared/workshopInput';

const TODAY = '2026-03-10';

function ok(input: WorkshopInput) {
  const r = definitionFromInput(input, TODAY);
  if (!r.ok) throw new Error(`expected a definition, got: ${r.problems.join('; ')}`);
  return r.definition;
}
function problems(input: unknown): string[] {
  const r = definitionFromInput(input as WorkshopInput, TODAY);
  if (r.ok) throw new Error('expected problems, got a definition');
  return r.problems;
}
const roundQuestions = (d: ReturnType<typeof ok>) =>
  d.agenda.filter((s) => s.kind === 'round').map((s) => s.questionId);

describe('defaults', () => {
  it("a title alone gives the template on today's date", () => {
    const d = ok({ title: 'Kick-off' });
    expect(d.title).toBe('Kick-off');
    expect(d.date).toBe(TODAY);
    expect(d.tables).toBe(10);
    expect(d.questions).toEqual(KAFEDIALOG_TEMPLATE.questions);
    expect(d.agenda).toEqual(KAFEDIALOG_TEMPLATE.agenda);
    expect(d.settings).toEqual(KAFEDIALOG_TEMPLATE.settings);
    expect(d.timeZone).toBe('Europe/Oslo');
  });

  it('keeps what the organiser gives: date, tables, language, place', () => {
    const d = ok({ title: 'X', date: '2026-05-02', tables: 4, language: 'en', place: 'Oslo' });
    expect(d).toMatchObject({ date: '2026-05-02', tables: 4, language: 'en', place: 'Oslo' });
  });

  it("merges partial settings into the template's", () => {
    const d = ok({ title: 'X', settings: { clockMode: 'durations' } });
    expect(d.settings).toEqual({ ...KAFEDIALOG_TEMPLATE.settings, clockMode: 'durations' });
  });

  it('trims the title', () => {
    expect(ok(workshopInputSchema.parse({ title: '  Kick-off  ' })).title).toBe('Kick-off');
  });
});

describe('questions', () => {
  it('plain strings become questions q1, q2, …', () => {
    const d = ok({ title: 'X', questions: ['Hva fungerer?', 'Hva kan bli bedre?', 'Hva gjør vi nå?'] });
    expect(d.questions).toEqual([
      { id: 'q1', text: 'Hva fungerer?' },
      { id: 'q2', text: 'Hva kan bli bedre?' },
      { id: 'q3', text: 'Hva gjør vi nå?' },
    ]);
    expect(roundQuestions(d)).toEqual(['q1', 'q2', 'q3']);
  });

  it('with fewer questions than rounds, the later rounds ask the last question', () => {
    expect(roundQuestions(ok({ title: 'X', questions: ['A?', 'B?'] }))).toEqual(['q1', 'q2', 'q2']);
    expect(roundQuestions(ok({ title: 'X', questions: ['A?'] }))).toEqual(['q1', 'q1', 'q1']);
  });

  it('questions with their own ids map rounds to those ids', () => {
    const d = ok({
      title: 'X',
      questions: [
        { id: 'tillit', text: 'A?' },
        { id: 'barn', text: 'B?' },
        { id: 'endring', text: 'C?' },
      ],
    });
    expect(roundQuestions(d)).toEqual(['tillit', 'barn', 'endring']);
  });

  it("the template's other segments stay as they are", () => {
    const d = ok({ title: 'X', questions: ['A?'] });
    expect(d.agenda.map((s) => [s.id, s.start])).toEqual(KAFEDIALOG_TEMPLATE.agenda.map((s) => [s.id, s.start]));
  });

  it('a given agenda is kept as given', () => {
    const agenda = [
      { id: 'r', kind: 'round' as const, title: 'Runde', start: '09:00', durationMin: 20, questionId: 'q1' },
    ];
    expect(ok({ title: 'X', questions: ['A?'], agenda }).agenda).toEqual(agenda);
  });
});

describe('problems, said clearly', () => {
  it('an unknown time zone', () => {
    expect(problems({ title: 'X', timeZone: 'Europe/Atlantis' })).toEqual(['unknown time zone "Europe/Atlantis"']);
  });

  it('a round that asks an unknown question', () => {
    const agenda = [{ id: 'r', kind: 'round', title: 'Runde', start: '09:00', durationMin: 20, questionId: 'nope' }];
    expect(problems({ title: 'X', agenda })).toEqual(['segment "Runde" refers to an unknown question']);
  });

  it('a round without a question', () => {
    const agenda = [{ id: 'r', kind: 'round', title: 'Runde', start: '09:00', durationMin: 20 }];
    expect(problems({ title: 'X', agenda })).toEqual(['round "Runde" needs a question']);
  });

  it('segments out of order', () => {
    const agenda = [
      { id: 'a', kind: 'intro', title: 'Intro', start: '10:00', durationMin: 10 },
      { id: 'b', kind: 'break', title: 'Pause', start: '09:00', durationMin: 10 },
    ];
    expect(problems({ title: 'X', agenda })).toEqual(['segment "Pause" starts before the one above it']);
  });

  it('repeated ids', () => {
    const agenda = [
      { id: 'a', kind: 'intro', title: 'Intro', start: '10:00', durationMin: 10 },
      { id: 'a', kind: 'break', title: 'Pause', start: '10:10', durationMin: 10 },
    ];
    expect(problems({ title: 'X', agenda })).toContain('segment ids must be unique');
    expect(
      problems({
        title: 'X',
        questions: [
          { id: 'q', text: 'A?' },
          { id: 'q', text: 'B?' },
        ],
      }),
    ).toContain('question ids must be unique');
  });

  it('a bad date or table count names the field', () => {
    expect(problems({ title: 'X', date: '10.03.2026' })).toEqual(['date: date must be YYYY-MM-DD']);
    expect(problems({ title: 'X', tables: 0 }).join()).toMatch(/^tables: /);
  });
});

describe('the input schema', () => {
  it('requires a title', () => {
    expect(workshopInputSchema.safeParse({}).success).toBe(false);
    expect(workshopInputSchema.safeParse({ title: '   ' }).success).toBe(false);
  });

  it('refuses unknown fields', () => {
    const r = workshopInputSchema.safeParse({ title: 'X', colour: 'red' });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('colour');
  });

  it('refuses empty questions and times that are not HH:MM', () => {
    expect(workshopInputSchema.safeParse({ title: 'X', questions: ['  '] }).success).toBe(false);
    expect(workshopInputSchema.safeParse({ title: 'X', questions: [] }).success).toBe(false);
    const agenda = [{ id: 'a', kind: 'intro', title: 'Intro', start: '9:00', durationMin: 10 }];
    expect(workshopInputSchema.safeParse({ title: 'X', agenda }).success).toBe(false);
  });
});
