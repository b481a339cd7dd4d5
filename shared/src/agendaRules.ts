// The agenda's rules, in a zod-free module (not agenda.ts, which holds the schemas): the phone's bundle runs decide
// without carrying zod.
import type { WorkshopDefinition } from './agenda.js';
import { isTimeZone, minutesOfDay } from './time.js';

/** The domain rules zod cannot say alone: ordered times, known questions, unique ids. Returns human-readable problems. */
export function agendaProblems(def: WorkshopDefinition): string[] {
  const problems: string[] = [];
  const questionIds = new Set(def.questions.map((q) => q.id));
  if (questionIds.size !== def.questions.length) problems.push('question ids must be unique');
  const segmentIds = new Set(def.agenda.map((s) => s.id));
  if (segmentIds.size !== def.agenda.length) problems.push('segment ids must be unique');
  let previous = -1;
  for (const s of def.agenda) {
    const start = minutesOfDay(s.start);
    if (start < previous) problems.push(`segment "${s.title}" starts before the one above it`);
    previous = start;
    if (s.kind === 'round' && !s.questionId) problems.push(`round "${s.title}" needs a question`);
    if (s.questionId && !questionIds.has(s.questionId))
      problems.push(`segment "${s.title}" refers to an unknown question`);
  }
  if (!isTimeZone(def.timeZone)) problems.push(`unknown time zone "${def.timeZone}"`);
  return problems;
}
