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

/**
 * Limits shared by the server's validation, the stored-event schema and the client's inputs. One set: what a command
 * may ask for, the event it produces must be able to hold, or the workshop could be saved but never loaded again.
 */
export const LIMITS = {
  noteChars: 1000,
  summaryChars: 2000,
  nameChars: 60,
  ideaChars: 280,
  messageChars: 200,
  tables: 60,
  questions: 12,
  /** Segments in an agenda; a round is a segment, so this also bounds the rounds. */
  segments: 40,
  rounds: 40,
  /** The most participants any workshop can hold; the server's configurable cap (default 2,000) is at most this. */
  participants: 10_000,
  /** Ideas one phone may add in one round: a bound on what one person can make every screen and the themes carry. */
  ideasPerRound: 20,
} as const;

/** The participant cap a server uses unless MAX_PARTICIPANTS says otherwise. */
export const DEFAULT_MAX_PARTICIPANTS = 2_000;

/** What the wrap-up shows for a question on the projector; 'overview' (with no question) shows every question's top themes. */
export const WRAPUP_PARTS = ['themes', 'insights', 'summaries', 'votes', 'overview'] as const;
export type WrapupPart = (typeof WRAPUP_PARTS)[number];

/** Why a command or handshake was refused; each has a text in every language (error.code.*). */
export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'rate_limited',
  'conflict',
  'unsupported_protocol',
  'internal',
  // The server is fine but cannot take this connection now (too many at once from one address): retry later.
  'busy',
  // The workshop has as many participants as it may hold.
  'full',
] as const;
