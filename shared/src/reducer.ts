import type { WorkshopDefinition } from './agenda.js';
import type { ClockEntry } from './clock.js';
import type { NOTE_SOURCES } from './constants.js';
import type { VisibleEvent } from './events.js';

/** A discussion point captured at a table. Deleted notes stay (undo, and the record) but are flagged. */
export interface Note {
  id: string;
  table: number;
  questionId: string;
  round: number;
  text: string;
  source: (typeof NOTE_SOURCES)[number];
  starred: boolean;
  deleted: boolean;
  createdAt: number;
  updatedAt: number;
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
}

export const summaryKey = (table: number, round: number): string => `${table}:${round}`;

export function emptyState(): WorkshopState {
  return { seq: 0, definition: null, createdAt: null, clock: [], notes: {}, noteOrder: [], summaries: {}, hostNames: {} };
}

function patchNote(state: WorkshopState, noteId: string, at: number, patch: Partial<Note>): WorkshopState {
  const note = state.notes[noteId];
  if (!note) return state;
  return { ...state, notes: { ...state.notes, [noteId]: { ...note, ...patch, updatedAt: at } } };
}

/** apply(state, event) → state. Pure; the server and every client use this same function, so they agree. */
export function apply(prev: WorkshopState, stored: VisibleEvent): WorkshopState {
  const state = { ...prev, seq: stored.seq };
  const { at, event } = stored;
  switch (event.type) {
    case 'redacted':
      return state;
    case 'workshop.created':
      return { ...state, definition: event.definition, createdAt: at };
    case 'workshop.updated':
      return { ...state, definition: event.definition };
    case 'clock.started':
    case 'clock.paused':
    case 'clock.resumed':
    case 'clock.jumped':
    case 'clock.adjusted':
    case 'clock.modeChanged':
    case 'clock.caughtUp':
    case 'clock.reset':
      return { ...state, clock: [...state.clock, { at, event }] };
    case 'note.added': {
      if (state.notes[event.noteId]) return state;
      const note: Note = {
        id: event.noteId, table: event.table, questionId: event.questionId, round: event.round, text: event.text,
        source: event.source, starred: false, deleted: false, createdAt: at, updatedAt: at,
      };
      return { ...state, notes: { ...state.notes, [note.id]: note }, noteOrder: [...state.noteOrder, note.id] };
    }
    case 'note.edited':
      return patchNote(state, event.noteId, at, { text: event.text });
    case 'note.deleted':
      return patchNote(state, event.noteId, at, { deleted: true });
    case 'note.restored':
      return patchNote(state, event.noteId, at, { deleted: false });
    case 'note.starred':
      return patchNote(state, event.noteId, at, { starred: event.starred });
    case 'summary.set':
      return { ...state, summaries: { ...state.summaries, [summaryKey(event.table, event.round)]: { text: event.text, at } } };
    case 'host.named':
      return { ...state, hostNames: { ...state.hostNames, [event.table]: event.name } };
    default:
      return event satisfies never;
  }
}

export function applyAll(state: WorkshopState, events: readonly VisibleEvent[]): WorkshopState {
  return events.reduce(apply, state);
}

/** Live notes of a table, newest first. */
export function notesOfTable(state: WorkshopState, table: number): Note[] {
  const out: Note[] = [];
  for (let i = state.noteOrder.length - 1; i >= 0; i--) {
    const note = state.notes[state.noteOrder[i] ?? ''];
    if (note && note.table === table) out.push(note);
  }
  return out;
}
