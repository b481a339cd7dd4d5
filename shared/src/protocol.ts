import { z } from 'zod';
import { key, text } from './text.js';
import { CLOCK_MODES, definitionSchema, settingsSchema } from './agenda.js';
import { LIMITS, noteText, themeCurationSchema, WRAPUP_PARTS, type VisibleEvent } from './events.js';
import { filingFrameSchema } from './filing.js';
import type { Theme } from './themes/types.js';
import { participationCommandShapes } from './participation/events.js';
import { photoCommandShapes } from './photos.js';

import { ERROR_CODES, MAX_PAYLOAD_BYTES, PROTOCOL_VERSION } from './constants.js';

export { MAX_PAYLOAD_BYTES, PROTOCOL_VERSION };

const opId = z.uuid('opId must be a UUID');
const uuid = z.uuid();
const round = z.number().int().min(1).max(LIMITS.rounds);
const table = z.number().int().min(1).max(LIMITS.tables);
const qid = key().min(1).max(40);

/** What a socket says when it connects: its protocol, who it is, and the last event it has. */
export const handshakeSchema = z.object({
  v: z.number().int(),
  /** A role token from a facilitator, host or screen link. */
  token: text().min(10).max(200).optional(),
  /** Participants join by code, with the secret key their phone keeps. */
  joinCode: text().min(1).max(20).optional(),
  participantKey: text().min(16).max(100).optional(),
  /** A participant who scanned a table card: /join/<code>?table=N. */
  table: table.optional(),
  lastSeq: z.number().int().min(0).default(0),
});
export type Handshake = z.infer<typeof handshakeSchema>;

const withOp = <T extends z.ZodRawShape>(shape: T) => z.object({ opId, ...shape }).strict();

/** Client → server commands. Each is acknowledged with a CommandResult. */
export const commandSchemas = {
  'clock:start': withOp({}),
  'clock:pause': withOp({}),
  'clock:resume': withOp({}),
  'clock:next': withOp({}),
  'clock:prev': withOp({}),
  'clock:jump': withOp({ segmentId: key().min(1).max(40) }),
  'clock:adjust': withOp({ deltaMs: z.number().int().min(-3_600_000).max(3_600_000) }),
  'clock:catchUp': withOp({}),
  'clock:mode': withOp({ mode: z.enum(CLOCK_MODES) }),
  'clock:reset': withOp({}),
  'workshop:update': withOp({ definition: definitionSchema }),
  'note:add': withOp({ noteId: uuid, text: noteText, table: table.optional(), round: round.optional() }),
  'note:edit': withOp({ noteId: uuid, text: noteText }),
  'note:delete': withOp({ noteId: uuid }),
  'note:restore': withOp({ noteId: uuid }),
  'note:star': withOp({ noteId: uuid, starred: z.boolean() }),
  'summary:set': withOp({ round, text: text().max(LIMITS.summaryChars), table: table.optional() }),
  'host:name': withOp({ name: text().trim().max(LIMITS.nameChars), table: table.optional() }),
  'settings:set': withOp({ settings: settingsSchema.partial() }),
  'tables:assign': withOp({}),

  'participant:name': withOp({ name: text().trim().max(LIMITS.nameChars) }),
  'participant:table': withOp({ table: table.nullable() }),
  'idea:add': withOp({
    noteId: uuid,
    text: text()
      .trim()
      .min(1, 'an idea cannot be empty')
      .max(LIMITS.ideaChars, `an idea holds at most ${LIMITS.ideaChars} characters`),
    round: round.optional(),
  }),
  'idea:moderate': withOp({ noteId: uuid, approved: z.boolean() }),

  'vote:open': withOp({
    questionId: qid,
    dots: z.number().int().min(1).max(10).optional(),
    options: z
      .array(z.object({ key: key().min(1).max(64), label: text().max(200) }))
      .min(1)
      .max(30),
  }),
  'vote:cast': withOp({ questionId: qid, dots: z.record(key().max(64), z.number().int().min(0).max(10)) }),
  'vote:close': withOp({ questionId: qid }),
  'vote:reveal': withOp({ questionId: qid }),
  'evaluation:open': withOp({}),
  'evaluation:close': withOp({}),
  'evaluation:answer': withOp({
    answers: z.record(key().max(40), z.union([z.number().int().min(1).max(5), text().max(LIMITS.ideaChars * 4)])),
  }),

  'note:hide': withOp({ noteId: uuid, hidden: z.boolean() }),
  'note:pin': withOp({ noteId: uuid, pinned: z.boolean() }),
  'screen:spotlight': withOp({ noteId: uuid.nullable() }),
  'theme:curate': withOp({ questionId: qid, curation: themeCurationSchema }),
  'wrapup:show': withOp({ questionId: qid.nullable(), part: z.enum(WRAPUP_PARTS) }),
  'message:show': withOp({
    messageId: uuid,
    text: text().trim().min(1, 'write a message first').max(LIMITS.messageChars),
  }),
  'message:dismiss': withOp({ messageId: uuid }),
  'report:frame': withOp({ frame: filingFrameSchema }),
  'photo:add': withOp(photoCommandShapes['photo:add']),
  'photo:remove': withOp(photoCommandShapes['photo:remove']),
  'photo:show': withOp(photoCommandShapes['photo:show']),
  'participant:group': withOp(participationCommandShapes['participant:group']),
  'composition:set': withOp(participationCommandShapes['composition:set']),
} as const;

export type CommandName = keyof typeof commandSchemas;
export type CommandPayload<C extends CommandName> = z.infer<(typeof commandSchemas)[C]>;
export const COMMAND_NAMES = Object.keys(commandSchemas) as CommandName[];

export { ERROR_CODES };
export type ErrorCode = (typeof ERROR_CODES)[number];
export interface CommandError {
  code: ErrorCode;
  message: string;
}
export type CommandResult<T = unknown> = { ok: true; data: T } | { ok: false; error: CommandError };

/** A workshop's links. Role links carry their token in the fragment. */
export interface WorkshopLinks {
  facilitator: string;
  screen: string;
  join: string;
  hosts: { table: number; url: string }[];
}

/** What the server tells a socket right after the handshake. */
export interface Welcome {
  protocol: number;
  workshopId: string;
  role: 'facilitator' | 'host' | 'screen' | 'participant';
  table: number | null;
  participantId: string | null;
  /** true: drop what you have and apply `events` from scratch (you were too far behind, or ahead of this server). */
  reset: boolean;
  events: VisibleEvent[];
  joinCode: string;
  /** PUBLIC_URL/join/<code>: what the QR codes encode. */
  joinUrl: string;
  /** Every role link, for the facilitator only. */
  links: WorkshopLinks | null;
}

/** Who is connected, for the facilitator's table overview. */
export interface Presence {
  hostsOnline: number[];
  screens: number;
  participants: number;
}

/** Live themes of one question, recomputed by the server shortly after its notes change (see server/src/themes). */
export interface ThemesMessage {
  questionId: string;
  themes: Theme[];
}

export interface TimeSyncReply {
  t0: number;
  server: number;
}

/** socket.io's typed event maps: server → client. */
export interface ServerToClientEvents {
  welcome: (w: Welcome) => void;
  events: (events: VisibleEvent[]) => void;
  presence: (p: Presence) => void;
  themes: (t: ThemesMessage) => void;
  fatal: (e: CommandError) => void;
}

type Ack<T = unknown> = (result: CommandResult<T>) => void;
/** socket.io's typed event maps: client → server. Payloads are `unknown` on purpose: the server parses them. */
export type ClientToServerEvents = {
  [C in CommandName]: (payload: unknown, ack: Ack) => void;
} & {
  'time:sync': (t0: unknown, ack: (reply: TimeSyncReply) => void) => void;
};
