import { z } from 'zod';
import { key, text } from './text.js';
import { CLOCK_MODES, IDEA_MODES, LANGUAGES, LIMITS, SEGMENT_KINDS } from './constants.js';
import { storedParticipantGroupsSchema } from './participation/groups.js';

export { CLOCK_MODES, IDEA_MODES, LANGUAGES, SEGMENT_KINDS };
export type SegmentKind = (typeof SEGMENT_KINDS)[number];
export type Language = (typeof LANGUAGES)[number];
export type ClockMode = (typeof CLOCK_MODES)[number];

const hhmm = text().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM');
const id = key()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids use letters, digits, - and _');

export const segmentSchema = z.object({
  id,
  kind: z.enum(SEGMENT_KINDS),
  title: text().trim().min(1).max(120),
  start: hhmm,
  durationMin: z.number().int().min(1).max(600),
  questionId: id.optional(),
  /** Hold with overtime at the end instead of moving on by itself (talks, plenary). */
  hold: z.boolean().optional(),
});
export type Segment = z.infer<typeof segmentSchema>;

export const questionSchema = z.object({ id, text: text().trim().min(1).max(500) });
export type Question = z.infer<typeof questionSchema>;

export type IdeaMode = (typeof IDEA_MODES)[number];

const score = z.number().min(1).max(5);

export const evaluationItemSchema = z.object({
  id,
  kind: z.enum(['scale', 'text']),
  text: text().trim().min(1).max(300),
  /**
   * A scale item the organiser measures over time: its short name ("Hørt ved bordet"), where it stood before (the
   * last workshop from the same template) and where it should get to. The report compares the result with both.
   */
  indicator: text().trim().max(60).optional(),
  baseline: score.optional(),
  target: score.optional(),
});
export type EvaluationItem = z.infer<typeof evaluationItemSchema>;

export const settingsSchema = z.object({
  clockMode: z.enum(CLOCK_MODES),
  ideas: z.enum(IDEA_MODES),
  mixing: z.boolean(),
  dotsPerParticipant: z.number().int().min(1).max(10),
  chime: z.boolean(),
  evaluation: z.array(evaluationItemSchema).max(10),
});
export type WorkshopSettings = z.infer<typeof settingsSchema>;

/** Everything an organiser decides before the workshop. */
export const definitionSchema = z.object({
  title: text().trim().min(1).max(200),
  purpose: text().trim().max(2000),
  date: text().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'),
  place: text().trim().max(200),
  language: z.enum(LANGUAGES),
  timeZone: text().min(1).max(64),
  tables: z.number().int().min(1).max(LIMITS.tables),
  questions: z.array(questionSchema).min(1).max(LIMITS.questions),
  agenda: z.array(segmentSchema).min(1).max(LIMITS.segments),
  hostGuidance: z.array(text().trim().min(1).max(400)).max(10),
  settings: settingsSchema,
  /** The groups a phone may say it belongs to; without it, the default ones (participation/groups.ts). */
  participantGroups: storedParticipantGroupsSchema.optional(),
});
export type WorkshopDefinition = z.infer<typeof definitionSchema>;
