import type { VisibleEvent } from './events.js';
import type { Note } from './note.js';
import type { Participant, Vote, WorkshopState } from './state.js';
import { lastSeqOf } from './stream.js';
import { emptyParticipation, reduceParticipation } from './participation/reduce.js';
import { emptyPhotos } from './photosState.js';
import { reducePhotos } from './photosReducer.js';

export const summaryKey = (table: number, round: number): string => `${table}:${round}`;

export function emptyState(): WorkshopState {
  return {
    seq: 0,
    definition: null,
    createdAt: null,
    clock: [],
    notes: {},
    noteOrder: [],
    summaries: {},
    hostNames: {},
    participants: {},
    participantCount: 0,
    ideaCounts: {},
    peakParticipants: 0,
    votes: {},
    evaluation: { open: false, answers: {} },
    curation: {},
    spotlightNoteId: null,
    wrapup: null,
    messages: [],
    filing: null,
    photos: emptyPhotos(),
    participation: emptyParticipation(),
  };
}

/**
 * Copy-on-write across a run of events: a container (the notes, the note order, …) is copied the first time a run
 * writes to it and written in place after that. One event copies what it touches, as an immutable update must for
 * React; replaying 2,000 notes copies the notes once instead of 2,000 times.
 */
class Writer {
  private readonly owned = new WeakSet<object>();
  record<V>(o: Record<string, V>): Record<string, V> {
    if (this.owned.has(o)) return o;
    const copy = { ...o };
    this.owned.add(copy);
    return copy;
  }
  list<V>(a: V[]): V[] {
    if (this.owned.has(a)) return a;
    const copy = [...a];
    this.owned.add(copy);
    return copy;
  }
}

function patchParticipant(state: WorkshopState, w: Writer, id: string, patch: Partial<Participant>): WorkshopState {
  const p = state.participants[id];
  if (!p) return state;
  const participants = w.record(state.participants);
  participants[id] = { ...p, ...patch };
  return { ...state, participants };
}

function patchVote(state: WorkshopState, questionId: string, patch: (v: Vote) => Partial<Vote>): WorkshopState {
  const v = state.votes[questionId];
  return v ? { ...state, votes: { ...state.votes, [questionId]: { ...v, ...patch(v) } } } : state;
}

function patchNote(state: WorkshopState, w: Writer, noteId: string, at: number, patch: Partial<Note>): WorkshopState {
  const note = state.notes[noteId];
  if (!note) return state;
  const notes = w.record(state.notes);
  notes[noteId] = { ...note, ...patch, updatedAt: at };
  return { ...state, notes };
}

function putNote(state: WorkshopState, w: Writer, note: Note): WorkshopState {
  const known = state.notes[note.id] !== undefined;
  const notes = w.record(state.notes);
  notes[note.id] = note;
  if (known) return { ...state, notes };
  const noteOrder = w.list(state.noteOrder);
  noteOrder.push(note.id);
  return { ...state, notes, noteOrder };
}

/** apply(state, event) → state. Pure; the server and every client use this same function, so they agree. */
export function apply(prev: WorkshopState, stored: VisibleEvent): WorkshopState {
  return reduce(prev, stored, new Writer());
}

export function applyAll(state: WorkshopState, events: readonly VisibleEvent[]): WorkshopState {
  const w = new Writer();
  return events.reduce((s, e) => reduce(s, e, w), state);
}

function reduce(prev: WorkshopState, stored: VisibleEvent, w: Writer): WorkshopState {
  const state = { ...prev, seq: stored.seq };
  const { at, event, actor } = stored;
  switch (event.type) {
    case 'redacted':
      return { ...state, seq: lastSeqOf(stored) };
    case 'log.unreadable':
      return state;
    case 'note.revealed':
      return putNote(state, w, event.note);
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
    case 'clock.reset': {
      const clock = w.list(state.clock);
      clock.push({ at, event });
      return { ...state, clock };
    }
    case 'note.added': {
      if (state.notes[event.noteId]) return state;
      const note: Note = {
        id: event.noteId,
        table: event.table,
        questionId: event.questionId,
        round: event.round,
        text: event.text,
        source: event.source,
        starred: false,
        deleted: false,
        hidden: false,
        pinned: false,
        participantId: actor?.role === 'participant' ? actor.participantId : null,
        status: event.pending ? 'pending' : 'shown',
        createdAt: at,
        updatedAt: at,
      };
      if (note.participantId === null) return putNote(state, w, note);
      const ideaCounts = w.record(state.ideaCounts);
      const key = `${note.participantId}:${note.round}`;
      ideaCounts[key] = (ideaCounts[key] ?? 0) + 1;
      return putNote({ ...state, ideaCounts }, w, note);
    }
    case 'note.edited':
      return patchNote(state, w, event.noteId, at, { text: event.text });
    case 'note.deleted':
      return patchNote(state, w, event.noteId, at, { deleted: true });
    case 'note.restored':
      return patchNote(state, w, event.noteId, at, { deleted: false });
    case 'note.starred':
      return patchNote(state, w, event.noteId, at, { starred: event.starred });
    case 'summary.set':
      return {
        ...state,
        summaries: { ...state.summaries, [summaryKey(event.table, event.round)]: { text: event.text, at } },
      };
    case 'host.named':
      return { ...state, hostNames: { ...state.hostNames, [event.table]: event.name } };
    case 'settings.changed':
      return state.definition ? { ...state, definition: { ...state.definition, settings: event.settings } } : state;
    case 'participant.joined': {
      const existing = state.participants[event.participantId];
      const participant: Participant = existing ?? {
        id: event.participantId,
        name: event.name,
        table: event.table,
        assigned: event.assigned ?? [],
        joinedAt: at,
      };
      // Written through the run's Writer: a reload of 2,000 joins copies the map once, not once per join.
      const participants = w.record(state.participants);
      participants[participant.id] = { ...participant, name: event.name || participant.name };
      return { ...state, participants, participantCount: state.participantCount + (existing ? 0 : 1) };
    }
    case 'participant.renamed':
      return patchParticipant(state, w, event.participantId, { name: event.name });
    case 'participant.seated':
      return patchParticipant(state, w, event.participantId, { table: event.table });
    case 'tables.assigned': {
      const participants = w.record(state.participants);
      for (const a of event.assignments) {
        const p = participants[a.participantId];
        if (p) participants[a.participantId] = { ...p, assigned: a.tables };
      }
      return { ...state, participants };
    }
    case 'attendance.peak':
      return { ...state, peakParticipants: Math.max(state.peakParticipants, event.participants) };
    case 'note.moderated':
      return patchNote(state, w, event.noteId, at, { status: event.approved ? 'shown' : 'rejected' });
    case 'note.hidden':
      return patchNote(state, w, event.noteId, at, { hidden: event.hidden });
    case 'note.pinned':
      return patchNote(state, w, event.noteId, at, { pinned: event.pinned });
    case 'screen.spotlight':
      return { ...state, spotlightNoteId: event.noteId };
    case 'vote.opened':
      return {
        ...state,
        votes: {
          ...state.votes,
          [event.questionId]: {
            questionId: event.questionId,
            dots: event.dots,
            options: event.options,
            open: true,
            ballots: {},
            results: null,
          },
        },
      };
    case 'vote.cast':
      return patchVote(state, event.questionId, (v) => ({
        ballots: { ...v.ballots, [event.participantId]: event.dots },
      }));
    case 'vote.closed':
      return patchVote(state, event.questionId, () => ({ open: false }));
    case 'vote.revealed':
      return patchVote(state, event.questionId, () => ({
        open: false,
        results: event.results,
        ...(event.voters === undefined ? {} : { voters: event.voters }),
      }));
    case 'evaluation.opened':
      return { ...state, evaluation: { ...state.evaluation, open: true } };
    case 'evaluation.closed':
      return { ...state, evaluation: { ...state.evaluation, open: false } };
    case 'evaluation.answered':
      return {
        ...state,
        evaluation: {
          ...state.evaluation,
          answers: { ...state.evaluation.answers, [event.participantId]: event.answers },
        },
      };
    case 'theme.curated':
      return { ...state, curation: { ...state.curation, [event.questionId]: event.curation } };
    case 'wrapup.shown':
      return { ...state, wrapup: { questionId: event.questionId, part: event.part } };
    case 'message.shown':
      return { ...state, messages: [...state.messages, { id: event.messageId, text: event.text, at }] };
    case 'message.dismissed':
      return { ...state, messages: state.messages.filter((m) => m.id !== event.messageId) };
    case 'report.framed':
      return { ...state, filing: event.frame };
    case 'photo.added':
    case 'photo.removed':
    case 'photo.shown':
      return { ...state, photos: reducePhotos(state.photos, event, at) };
    case 'participant.grouped':
    case 'composition.set':
      return { ...state, participation: reduceParticipation(state.participation, event) };
    default:
      return event satisfies never;
  }
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
