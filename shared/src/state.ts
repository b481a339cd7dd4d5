// What a workshop looks like after its events: the types reducer.ts builds and the server and every client read.
// Types only. The state depends on the wire format (events.ts), never the other way: a note, the one piece of state
// that travels whole (note.revealed), has its own file, note.ts.
import type { WorkshopDefinition } from './agenda.js';
import type { ClockEntry } from './clock.js';
import type { WrapupPart } from './constants.js';
import type { ThemeCuration } from './events.js';
import type { FilingFrame } from './filing.js';
import type { Note } from './note.js';
import type { ParticipationState } from './participation/reduce.js';
import type { PhotosState } from './photosState.js';

export interface Participant {
  id: string;
  name: string;
  /** Where they sit now (free seating, or a table card); null until they choose. */
  table: number | null;
  /** With mixing on: their table for each round (index 0 = round 1). */
  assigned: number[];
  joinedAt: number;
}

export interface Vote {
  questionId: string;
  dots: number;
  options: { key: string; label: string }[];
  open: boolean;
  /** participantId → option key → dots. Only the facilitator's projection (and each voter's own) carries ballots. */
  ballots: Record<string, Record<string, number>>;
  results: Record<string, number> | null;
  /** How many voted, once revealed (screens never get the ballots to count them). */
  voters?: number;
}

export interface Evaluation {
  open: boolean;
  answers: Record<string, Record<string, number | string>>;
}

export interface ScreenMessage {
  id: string;
  text: string;
  at: number;
}

export interface RoundSummary {
  text: string;
  at: number;
}

/** A workshop as every client and the server see it after applying the events up to `seq`. */
export interface WorkshopState {
  seq: number;
  definition: WorkshopDefinition | null;
  createdAt: number | null;
  clock: ClockEntry[];
  notes: Record<string, Note>;
  /** Note ids in the order they were added. */
  noteOrder: string[];
  /** Keyed by summaryKey(table, round). */
  summaries: Record<string, RoundSummary>;
  hostNames: Record<number, string>;
  participants: Record<string, Participant>;
  /** How many have joined: kept as a count so the join cap costs O(1) per join. */
  participantCount: number;
  /** participantId:round → ideas that phone added in that round (the per-round bound in decide/participants.ts). */
  ideaCounts: Record<string, number>;
  peakParticipants: number;
  votes: Record<string, Vote>;
  evaluation: Evaluation;
  curation: Record<string, ThemeCuration>;
  spotlightNoteId: string | null;
  wrapup: { questionId: string | null; part: WrapupPart } | null;
  messages: ScreenMessage[];
  /** The report's filing frame; null until the facilitator saves one. */
  filing: FilingFrame | null;
  photos: PhotosState;
  participation: ParticipationState;
}
