import { z } from 'zod';
import { key } from './text.js';
import { CLOCK_MODES } from './agenda.js';

/** Clock events: the facilitator's decisions about time. Where the workshop is follows from these alone (see timeline.ts). */
export const clockEventSchemas = [
  z.object({ type: z.literal('clock.started'), planShiftMs: z.number().int() }),
  z.object({ type: z.literal('clock.paused') }),
  z.object({ type: z.literal('clock.resumed') }),
  /** segmentId null ends the workshop. */
  z.object({ type: z.literal('clock.jumped'), segmentId: key().max(40).nullable() }),
  z.object({ type: z.literal('clock.adjusted'), deltaMs: z.number().int().min(-3_600_000).max(3_600_000) }),
  z.object({ type: z.literal('clock.modeChanged'), mode: z.enum(CLOCK_MODES) }),
  z.object({ type: z.literal('clock.caughtUp') }),
  z.object({ type: z.literal('clock.reset') }),
] as const;

export const clockEventSchema = z.discriminatedUnion('type', clockEventSchemas);
export type ClockEvent = z.infer<typeof clockEventSchema>;

/** A clock event with the server time at which it happened. */
export interface ClockEntry {
  at: number;
  event: ClockEvent;
}
