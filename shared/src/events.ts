import { z } from 'zod';
import { key, text } from './text.js';
import { definitionSchema, settingsSchema } from './agenda.js';
import { clockEventSchemas } from './clock.js';
import { filingFrameSchema } from './filing.js';
import type { Note } from './note.js';
import { participationEventSchemas } from './participation/events.js';
import { photoEventSchemas } from './photos.js';

import { LIMITS, NOTE_SOURCES, WRAPUP_PARTS } from './constants.js';

export { LIMITS, NOTE_SOURCES, WRAPUP_PARTS };

/** How many of a theme's notes a curation keeps to find the theme again (see `anchors`). */
export const CURATION_ANCHORS = 8;
/** …and for at most this many themes (a question shows at most 30), so a whole curation stays far below the socket's
 *  message limit and is refused cleanly when over. */
export const CURATION_ANCHORED_THEMES = 60;

const uuid = z.uuid();
const table = z.number().int().min(1).max(LIMITS.tables);
const round = z.number().int().min(1).max(LIMITS.rounds);
const id = key().min(1).max(40);
const participantId = key().min(1).max(64);
const displayName = text().trim().max(LIMITS.nameChars);
const voteOption = z.object({ key: key().min(1).max(64), label: text().max(200) });

/**
 * The facilitator's edits on top of the computed themes of one question (see themes/curate.ts). Keyed by theme key,
 * which is stable while notes are added.
 */
export const themeCurationSchema = z.object({
  labels: z.record(key().max(64), text().trim().min(1).max(120)),
  /** theme key → the key it was merged into */
  merged: z.record(key().max(64), key().max(64)),
  /** note id → the theme key it was moved to, or 'own' to split it off into a theme of its own */
  moved: z.record(key().max(64), key().max(64)),
  hidden: z.array(key().max(64)).max(200),
  pinned: z.array(key().max(64)).max(200),
  /**
   * theme key → some of the theme's notes when it was last edited (most representative first). A theme's key is one
   * of its notes; when that note leaves (new notes regroup the question), the edit follows the theme that holds most
   * of these, not the one note. Absent in curations stored before it existed.
   */
  anchors: z
    .record(key().max(64), z.array(key().max(40)).max(CURATION_ANCHORS))
    .refine((anchors) => Object.keys(anchors).length <= CURATION_ANCHORED_THEMES, 'too many anchored themes')
    .optional(),
});
export type ThemeCuration = z.infer<typeof themeCurationSchema>;
export const emptyCuration = (): ThemeCuration => ({ labels: {}, merged: {}, moved: {}, hidden: [], pinned: [] });
export const noteText = text()
  .trim()
  .min(1, 'a note cannot be empty')
  .max(LIMITS.noteChars, `a note holds at most ${LIMITS.noteChars} characters`);

/** Who did something. Participants appear by a public pseudonym, never by the secret key their phone holds. */
export const actorSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('organiser') }),
  z.object({ role: z.literal('facilitator') }),
  z.object({ role: z.literal('screen') }),
  z.object({ role: z.literal('host'), table }),
  z.object({ role: z.literal('participant'), participantId }),
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
    questionId: id,
    /** The round (1-based) during which the note was taken. */
    round,
    text: noteText,
    source: z.enum(NOTE_SOURCES),
    /** A participant's idea held for the host's approval. */
    pending: z.boolean().optional(),
  }),
  z.object({ type: z.literal('note.edited'), noteId: uuid, text: noteText }),
  z.object({ type: z.literal('note.deleted'), noteId: uuid }),
  z.object({ type: z.literal('note.restored'), noteId: uuid }),
  z.object({ type: z.literal('note.starred'), noteId: uuid, starred: z.boolean() }),
  z.object({ type: z.literal('summary.set'), table, round, text: text().max(LIMITS.summaryChars) }),
  z.object({ type: z.literal('host.named'), table, name: text().trim().max(LIMITS.nameChars) }),
  z.object({ type: z.literal('settings.changed'), settings: settingsSchema }),

  // Participants (phones). participantId is the public pseudonym; the actor of their own events carries the same id.
  z.object({
    type: z.literal('participant.joined'),
    participantId,
    name: displayName,
    table: table.nullable(),
    assigned: z.array(table).max(LIMITS.rounds).optional(),
  }),
  z.object({ type: z.literal('participant.renamed'), participantId, name: displayName }),
  z.object({ type: z.literal('participant.seated'), participantId, table: table.nullable() }),
  /** Mixing rotations: the table of each participant for each round (index 0 = round 1). */
  z.object({
    type: z.literal('tables.assigned'),
    assignments: z
      .array(z.object({ participantId, tables: z.array(table).max(LIMITS.rounds) }))
      .max(LIMITS.participants),
  }),
  /** The most phones connected at once so far (for the harvest report). */
  z.object({ type: z.literal('attendance.peak'), participants: z.number().int().min(0) }),
  /** A participant's idea awaiting (approved: true) or refused (false) by the table host. */
  z.object({ type: z.literal('note.moderated'), noteId: uuid, approved: z.boolean() }),

  // Dot voting on the themes of a question, in the wrap-up.
  z.object({
    type: z.literal('vote.opened'),
    questionId: id,
    dots: z.number().int().min(1).max(10),
    options: z.array(voteOption).min(1).max(30),
  }),
  /** A participant's whole allocation for a question; a later one replaces it, so a reload cannot vote twice. */
  z.object({
    type: z.literal('vote.cast'),
    questionId: id,
    participantId,
    dots: z.record(key().max(64), z.number().int().min(0).max(10)),
  }),
  z.object({ type: z.literal('vote.closed'), questionId: id }),
  /** Results are computed on the server when revealed, so screens never need the ballots. */
  z.object({
    type: z.literal('vote.revealed'),
    questionId: id,
    results: z.record(key().max(64), z.number().int().min(0)),
    /** How many people gave at least one dot (absent in logs from before it was counted). */
    voters: z.number().int().min(0).optional(),
  }),

  // Evaluation at the end.
  z.object({ type: z.literal('evaluation.opened') }),
  z.object({ type: z.literal('evaluation.closed') }),
  z.object({
    type: z.literal('evaluation.answered'),
    participantId,
    answers: z.record(key().max(40), z.union([z.number().int().min(1).max(5), text().max(LIMITS.ideaChars * 4)])),
  }),

  // The plenary screen: what the facilitator lets it show.
  z.object({ type: z.literal('note.hidden'), noteId: uuid, hidden: z.boolean() }),
  z.object({ type: z.literal('note.pinned'), noteId: uuid, pinned: z.boolean() }),
  z.object({ type: z.literal('screen.spotlight'), noteId: uuid.nullable() }),
  z.object({ type: z.literal('theme.curated'), questionId: id, curation: themeCurationSchema }),
  z.object({ type: z.literal('wrapup.shown'), questionId: id.nullable(), part: z.enum(WRAPUP_PARTS) }),
  z.object({ type: z.literal('message.shown'), messageId: uuid, text: text().trim().min(1).max(LIMITS.messageChars) }),
  z.object({ type: z.literal('message.dismissed'), messageId: uuid }),
  ...photoEventSchemas,
  ...participationEventSchemas,

  /** The report's filing frame (filing.ts): the whole frame each time, the last one stands. */
  z.object({ type: z.literal('report.framed'), frame: filingFrameSchema }),

  /**
   * Never decided: stands in memory for a stored row the loader could not read (set aside and logged), so the log
   * keeps its seqs and the rest of the workshop still loads. Changes nothing; no viewer is sent it.
   */
  z.object({ type: z.literal('log.unreadable'), originalType: text().max(64) }),
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

/**
 * Sent to a viewer, never stored: a note that becomes visible to it (approved, or shown again on the screen) arrives
 * whole, since the viewer never received it while it was held back.
 */
export interface RevealedNoteEvent {
  type: 'note.revealed';
  note: Note;
}

/**
 * What a viewer receives in place of events it may not see: seqs `seq` through `through` (or just `seq`) happened
 * and are not for it. The seq still advances, so the stream stays gap-free; a run of them travels as one.
 */
export interface RedactedEvent {
  seq: number;
  through?: number;
  at: number;
  actor: null;
  event: { type: 'redacted' };
}
export interface RevealEvent {
  seq: number;
  at: number;
  actor: null;
  event: RevealedNoteEvent;
}
export type VisibleEvent = StoredEvent | RedactedEvent | RevealEvent;
