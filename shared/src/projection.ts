import type { StoredEvent, VisibleEvent } from './events.js';
import type { Note, WorkshopState } from './reducer.js';

/** Who is looking. Each role sees a projection of the log: a host its own table, a participant nothing of anyone else. */
export type Viewer =
  | { role: 'facilitator' }
  | { role: 'screen' }
  | { role: 'host'; table: number }
  | { role: 'participant'; participantId: string };

const redacted = (e: StoredEvent): VisibleEvent => ({ seq: e.seq, at: e.at, actor: null, event: { type: 'redacted' } });
const revealed = (e: StoredEvent, note: Note): VisibleEvent => ({ seq: e.seq, at: e.at, actor: null, event: { type: 'note.revealed', note } });

/** The note an event is about, looked up in the current state. */
function noteOf(e: StoredEvent, state: WorkshopState): Note | null {
  const ev = e.event;
  return 'noteId' in ev && typeof ev.noteId === 'string' ? (state.notes[ev.noteId] ?? null) : null;
}

/** May this viewer see this note (as it is now)? */
function noteVisible(viewer: Viewer, note: Note): boolean {
  switch (viewer.role) {
    case 'facilitator':
      return true;
    case 'host':
      return note.table === viewer.table;
    case 'screen':
      return note.status === 'shown' && !note.hidden;
    case 'participant':
      return note.participantId === viewer.participantId;
    default:
      return viewer satisfies never;
  }
}

/** Events that turn a held-back note into a visible one: the viewer gets the whole note, since it never saw it. */
const isReveal = (e: StoredEvent): boolean =>
  (e.event.type === 'note.hidden' && !e.event.hidden) || (e.event.type === 'note.moderated' && e.event.approved);

function projectNoteEvent(viewer: Viewer, e: StoredEvent, note: Note): VisibleEvent {
  if (viewer.role === 'screen') {
    if (isReveal(e)) return noteVisible(viewer, note) ? revealed(e, note) : redacted(e);
    // Hiding passes through (a live screen must drop the note); anything else about a held-back note does not.
    if (e.event.type === 'note.hidden' && e.event.hidden) return e;
    if (e.event.type === 'note.moderated') return redacted(e);
  }
  return noteVisible(viewer, note) ? e : redacted(e);
}

/** A participant sees others only as anonymous counts: never their names, ballots or answers. */
function projectForParticipant(participantId: string, e: StoredEvent): VisibleEvent {
  const ev = e.event;
  switch (ev.type) {
    case 'participant.joined':
    case 'participant.renamed':
    case 'participant.seated':
    case 'vote.cast':
    case 'evaluation.answered':
      return ev.participantId === participantId ? e : redacted(e);
    case 'tables.assigned':
      return { ...e, event: { ...ev, assignments: ev.assignments.filter((a) => a.participantId === participantId) } };
    case 'host.named':
    case 'attendance.peak':
      return redacted(e);
    default:
      return e;
  }
}

/** Screens and hosts count participants but never see names, ballots or evaluation answers. */
function projectForRoom(e: StoredEvent): VisibleEvent {
  const ev = e.event;
  switch (ev.type) {
    case 'participant.joined':
    case 'participant.renamed':
      return { ...e, event: { ...ev, name: '' } };
    case 'vote.cast':
    case 'evaluation.answered':
      return redacted(e);
    default:
      return e;
  }
}

/** What `viewer` receives of `e`. `state` is the workshop's state after `e` (for lookups such as a note's table). */
export function visibleTo(viewer: Viewer, e: StoredEvent, state: WorkshopState): VisibleEvent {
  if (viewer.role === 'facilitator') return e;
  const note = e.event.type === 'note.added' || e.event.type.startsWith('note.') ? noteOf(e, state) : null;
  if (note) return projectNoteEvent(viewer, e, note);
  if (e.event.type === 'summary.set') return viewer.role === 'participant' || (viewer.role === 'host' && viewer.table !== e.event.table) ? redacted(e) : e;
  if (viewer.role === 'participant') return projectForParticipant(viewer.participantId, e);
  return projectForRoom(e);
}
