// The filing frame: what turns a workshop's harvest into a document an office can file. The facilitator fills it in
// the console, before or after the workshop; every field is optional and the report has a good default for each.
import { z } from 'zod';
import { text } from './text.js';

/** A next step (tiltak): what is to be done, who answers for it, by when. Often drafted from a starred note. */
export const nextStepSchema = z.object({
  what: text().trim().min(1, 'say what is to be done').max(500),
  who: text().trim().max(200),
  /** Free text: "1. mars 2027", "Q2", "før sommeren". */
  due: text().trim().max(60),
  /** The starred note it was drafted from. */
  noteId: z.uuid().optional(),
});
export type NextStep = z.infer<typeof nextStepSchema>;

export const FILING_LIMITS = { nextSteps: 30, purposeChars: 3000, methodChars: 4000, peopleInRoom: 10_000 } as const;

export const filingFrameSchema = z.object({
  /** Saksnummer or another reference of the office's archive. */
  reference: text().trim().max(100),
  organisation: text().trim().max(200),
  unit: text().trim().max(200),
  author: text().trim().max(200),
  /** The pilot's problem and goals; empty: the workshop's own purpose. */
  purpose: text().trim().max(FILING_LIMITS.purposeChars),
  /** The method as the facilitator edited it; empty: the paragraph generated from the agenda (harvest/method.ts). */
  method: text().trim().max(FILING_LIMITS.methodChars),
  nextSteps: z.array(nextStepSchema).max(FILING_LIMITS.nextSteps),
  /**
   * How many people took part, counted in the room: the app only knows the phones that joined, and many come without
   * one. Optional, so frames saved before it existed still parse; absent, the report speaks of phones only.
   */
  peopleInRoom: z.number().int().min(1).max(FILING_LIMITS.peopleInRoom).optional(),
});
export type FilingFrame = z.infer<typeof filingFrameSchema>;

export const emptyFilingFrame = (): FilingFrame => ({
  reference: '',
  organisation: '',
  unit: '',
  author: '',
  purpose: '',
  method: '',
  nextSteps: [],
});
