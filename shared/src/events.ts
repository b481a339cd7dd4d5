import { z } from 'zod';
import { definitionSchema } from './agenda.js';
import { clockEventSchemas } from './clock.js';

import { LIMITS, NOTE_SOURCES } from './constants.js';

export { LIMITS, NOTE_SOURCES };

const uuid = z.string().uuid();
const table = z.number().int().min(1).max(60);
export const noteText = z.string().trim().min(1, 'a note cannot be empty').max(LIMITS.noteChars, `a note holds at most ${LIMITS.noteChars} characters`);

/** Who did something. Participants appear by a public pseudonym, never by the secret key their phone holds. */
export const actorSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('organiser') }),
  z.object({ role: z.literal('facilitator') }),
  z.object({ role: z.literal('screen') }),
  z.object({ role: z.literal('host'), table }),
  z.object({ role: z.literal('participant'), participantId: z.string().min(1).max(64) }),
  z.object({ role: z.literal('system') }),
]);
export type Actor = z.infer<typeof actorSchema>;
export type Role = Actor['role'];


/** Everything that can happen in a workshop: what is stored, in order, in the event log. */
export const workshopEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('workshop.created'), definition: definitionSchema }),
  z.object({ type: z.literal('workshop.updated'), definition: definitionSchema }),
  ...clockEventSchemas,
  z.object({
    type: z.literal('note.added'),
    noteId: uuid,
    table,
    questionId: z.string().min(1).max(40),
    /** The round (1-based) during which the note was taken. */
    round: z.number().int().min(1).max(20),
    text: noteText,
    source: z.enum(NOTE_SOURCES),
  }),
  z.object({ type: z.literal('note.edited'), noteId: uuid, text: noteText }),
  z.object({ type: z.literal('note.deleted'), noteId: uuid }),
  z.object({ type: z.literal('note.restored'), noteId: uuid }),
  z.object({ type: z.literal('note.starred'), noteId: uuid, starred: z.boolean() }),
  z.object({ type: z.literal('summary.set'), table, round: z.number().int().min(1).max(20), text: z.string().max(LIMITS.summaryChars) }),
  z.object({ type: z.literal('host.named'), table, name: z.string().trim().max(LIMITS.nameChars) }),
]);
export type WorkshopEvent = z.infer<typeof workshopEventSchema>;
export type WorkshopEventType = WorkshopEvent['type'];
export type EventOf<T extends WorkshopEventType> = Extract<WorkshopEvent, { type: T }>;

/** An event as stored and sent: its place in the log, the server time it happened, and who did it. */
export const storedEventSchema = z.object({
  seq: z.number().int().min(1),
  at: z.number().int(),
  actor: actorSchema,
  event: workshopEventSchema,
});
export type StoredEvent = z.infer<typeof storedEventSchema>;

/** What a viewer receives in place of an event it may not see: the seq still advances, so the stream stays gap-free. */
export interface RedactedEvent {
  seq: number;
  at: number;
  actor: null;
  event: { type: 'redacted' };
}
export type VisibleEvent = StoredEvent | RedactedEvent;
