import { z } from 'zod';
import { LIMITS } from '../constants.js';
import { key } from '../text.js';

const table = z.number().int().min(1).max(LIMITS.tables);
const round = z.number().int().min(1).max(LIMITS.rounds);
const participantId = key().min(1).max(64);
const groupKey = key().min(1).max(40);
/** Headcounts a host records for the people at the table (with or without a phone). */
const counts = z.record(groupKey, z.number().int().min(0).max(200));

/** Stored events about who took part, by group. */
export const participationEventSchemas = [
  /** A phone says which group it belongs to (null: it no longer says). Only that phone is ever sent this event. */
  z.object({ type: z.literal('participant.grouped'), participantId, group: groupKey.nullable() }),
  /** A host's headcount of the table's group for one round, by participant group. */
  z.object({ type: z.literal('composition.set'), table, round, counts }),
] as const;

export const participationCommandShapes = {
  'participant:group': { group: groupKey.nullable() },
  'composition:set': { round, counts, table: table.optional() },
};
