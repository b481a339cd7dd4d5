// Plain constants, free of zod, so the phone's bundle can import them without pulling in the validation library.

/** Bumped when client and server stop understanding each other; a client that is too old is told so plainly. */
export const PROTOCOL_VERSION = 1;
export const MAX_PAYLOAD_BYTES = 64 * 1024;

/** What kind of block a segment is; drives what every screen shows during it. */
export const SEGMENT_KINDS = ['intro', 'round', 'rotation', 'break', 'plenary', 'talk', 'other'] as const;
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
/** Fixed times: segments end at their planned wall-clock time. Keep durations: every segment keeps its length and the rest shifts. */
export const CLOCK_MODES = ['fixed', 'durations'] as const;
export const IDEA_MODES = ['off', 'open', 'approval'] as const;
export const NOTE_SOURCES = ['host', 'facilitator', 'participant'] as const;

/** Limits shared by the server's validation and the client's inputs. */
export const LIMITS = {
  noteChars: 1000,
  summaryChars: 2000,
  nameChars: 60,
  ideaChars: 280,
  messageChars: 200,
} as const;

/** What the wrap-up shows for a question on the projector. */
export const WRAPUP_PARTS = ['themes', 'insights', 'summaries', 'votes'] as const;
export type WrapupPart = (typeof WRAPUP_PARTS)[number];

/** Why a command or handshake was refused; each has a text in every language (error.code.*). */
export const ERROR_CODES = [
  'bad_request', 'unauthorized', 'forbidden', 'not_found', 'rate_limited', 'conflict', 'unsupported_protocol', 'internal',
] as const;
