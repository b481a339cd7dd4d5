import { z } from 'zod';
import { text } from './text.js';
import { definitionSchema, questionSchema, settingsSchema, type WorkshopDefinition } from './agenda.js';
import { duplicateLabel, duplicateMessage, storedParticipantGroupsSchema } from './participation/groups.js';
import { agendaProblems } from './agendaRules.js';
import { KAFEDIALOG_TEMPLATES } from './template.js';
import { LIMITS } from './constants.js';

/** What POST /api/workshops accepts: only the title is required; the rest falls back to the default template. */
export const workshopInputSchema = z
  .object({
    title: definitionSchema.shape.title,
    purpose: definitionSchema.shape.purpose.optional(),
    date: definitionSchema.shape.date.optional(),
    place: definitionSchema.shape.place.optional(),
    language: definitionSchema.shape.language.optional(),
    timeZone: definitionSchema.shape.timeZone.optional(),
    tables: definitionSchema.shape.tables.optional(),
    /** Plain strings are fine: they become questions q1, q2, … */
    questions: z
      .array(z.union([text().trim().min(1).max(500), questionSchema]))
      .min(1)
      .max(LIMITS.questions)
      .optional(),
    agenda: definitionSchema.shape.agenda.optional(),
    hostGuidance: definitionSchema.shape.hostGuidance.optional(),
    settings: settingsSchema.partial().optional(),
    /** The groups a phone may say it belongs to ([]: do not ask); without it, the template's or the default ones. */
    participantGroups: storedParticipantGroupsSchema.optional(),
    /** Start from a saved template (GET /api/templates) instead of the default one; the fields above still win. */
    templateId: text().min(1).max(64).optional(),
  })
  .strict();
export type WorkshopInput = z.infer<typeof workshopInputSchema>;

export type DefinitionResult = { ok: true; definition: WorkshopDefinition } | { ok: false; problems: string[] };

/**
 * Fills an organiser's input from a template (a saved one, or the default kafédialog in the workshop's language, so
 * a nynorsk workshop gets nynorsk segment titles, guidance and evaluation) and checks the domain rules.
 * `today` is 'YYYY-MM-DD' in the workshop's zone.
 */
export function definitionFromInput(
  { templateId: _templateId, ...input }: WorkshopInput,
  today: string,
  template: Omit<WorkshopDefinition, 'date'> = KAFEDIALOG_TEMPLATES[input.language ?? 'nb'],
): DefinitionResult {
  const questions =
    input.questions?.map((q, i) => (typeof q === 'string' ? { id: `q${i + 1}`, text: q } : q)) ?? template.questions;
  // With new questions but the template's agenda, round n asks question n (the last question repeats if there are fewer).
  // Without new questions the template's agenda stands as saved: a saved template may ask a question twice.
  let roundNo = 0;
  const agenda =
    input.agenda ??
    (input.questions
      ? template.agenda.map((s) => {
          if (s.kind !== 'round') return s;
          const q = questions[Math.min(roundNo++, questions.length - 1)];
          return { ...s, questionId: q?.id };
        })
      : template.agenda);
  const definition: WorkshopDefinition = {
    ...template,
    ...input,
    // A purpose is this workshop's own: a template's (the default's Region øst example, or a saved workshop's) would
    // reach the report as if someone had written it for this one.
    purpose: input.purpose ?? '',
    date: input.date ?? today,
    questions,
    agenda,
    settings: { ...template.settings, ...input.settings },
  };
  const parsed = definitionSchema.safeParse(definition);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`) };
  // Judged in the language the workshop ends up in (the input's, else the template's); only groups sent are checked,
  // so a saved template stored before the rule still makes workshops.
  const same = input.participantGroups ? duplicateLabel(input.participantGroups, parsed.data.language) : null;
  const problems = [
    ...(same !== null ? [`participantGroups: ${duplicateMessage(same)}`] : []),
    ...agendaProblems(parsed.data),
  ];
  return problems.length ? { ok: false, problems } : { ok: true, definition: parsed.data };
}
