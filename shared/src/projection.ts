import type { StoredEvent, VisibleEvent } from './events.js';
import type { Note } from './note.js';
import type { WorkshopState } from './state.js';

/** Who is looking. Each role sees a projection of the log: a host its own table, a participant nothing of anyone else. */
export type Viewer =
  | { role: 'facilitator' }
  | { role: 'screen' }
  | { role: 'host'; table: number }
  | { role: 'participant'; participantId: string };

const redacted = (e: StoredEvent): VisibleEvent => ({ seq: e.seq, at: e.at, actor: null, event: { type: 'redacted' } });
const revealed = (e: StoredEvent, note: Note): VisibleEvent => ({
  seq: e.seq,
  at: e.at,
  actor: null,
  event: { type: 'note.revealed', note },
});

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
      // The same rule the themes and the wall use: shown, not deleted, not hidden.
      return note.status === 'shown' && !note.hidden && !note.deleted;
    case 'participant':
      return note.participantId === viewer.participantId;
    default:
      return viewer satisfies never;
  }
}

/** Events that turn a held-back note into a visible one: the viewer gets the whole note, since it never saw it. */
const isReveal = (e: StoredEvent): boolean =>
  (e.event.type === 'note.hidden' && !e.event.hidden) ||
  (e.event.type === 'note.moderated' && e.event.approved) ||
  e.event.type === 'note.restored';

function projectNoteEvent(viewer: Viewer, e: StoredEvent, note: Note): VisibleEvent {
  if (viewer.role === 'screen') {
    if (isReveal(e)) return noteVisible(viewer, note) ? revealed(e, note) : redacted(e);
    // Hiding and deleting pass through (a live screen must drop the note); anything else about a held-back note does not.
    if ((e.event.type === 'note.hidden' && e.event.hidden) || e.event.type === 'note.deleted') return e;
    if (e.event.type === 'note.moderated') return redacted(e);
  }
  return noteVisible(viewer, note) ? e : redacted(e);
}

/**
 * Every event type is decided here, by name: a new type does not compile until someone decides who may see it, so
 * the projection can never fail open. Note events reach this switch only when their note is unknown: redacted.
 */
function projectOther(
  viewer: Exclude<Viewer, { role: 'facilitator' }>,
  e: StoredEvent,
  state: WorkshopState,
): VisibleEvent {
  const ev = e.event;
  const participantId = viewer.role === 'participant' ? viewer.participantId : null;
  switch (ev.type) {
    case 'workshop.created':
    case 'workshop.updated':
    case 'settings.changed':
    case 'clock.started':
    case 'clock.paused':
    case 'clock.resumed':
    case 'clock.jumped':
    case 'clock.adjusted':
    case 'clock.modeChanged':
    case 'clock.caughtUp':
    case 'clock.reset':
    case 'vote.opened':
    case 'vote.closed':
    case 'vote.revealed':
    case 'evaluation.opened':
    case 'evaluation.closed':
    case 'theme.curated':
    case 'wrapup.shown':
    case 'message.shown':
    case 'message.dismissed':
      return e;
    case 'screen.spotlight':
      return e;
    case 'summary.set':
      return viewer.role === 'screen' || (viewer.role === 'host' && viewer.table === ev.table) ? e : redacted(e);
    case 'host.named':
      return viewer.role === 'participant' ? redacted(e) : e;
    case 'attendance.peak':
      return viewer.role === 'participant' ? redacted(e) : e;
    // The filing frame (author, reference, next steps) is the facilitator's: no screen, table or phone needs it.
    case 'report.framed':
      return redacted(e);
    // Participants appear to screens and hosts as anonymous counts; to each other not at all.
    case 'participant.joined':
    case 'participant.renamed':
      if (participantId !== null) return ev.participantId === participantId ? e : redacted(e);
      return { ...e, event: { ...ev, name: '' } };
    case 'participant.seated':
      if (participantId !== null) return ev.participantId === participantId ? e : redacted(e);
      return e;
    case 'tables.assigned':
      return participantId === null
        ? e
        : { ...e, event: { ...ev, assignments: ev.assignments.filter((a) => a.participantId === participantId) } };
    case 'vote.cast':
    case 'evaluation.answered':
      return ev.participantId === participantId ? e : redacted(e);
    case 'note.added':
    case 'note.edited':
    case 'note.deleted':
    case 'note.restored':
    case 'note.starred':
    case 'note.moderated':
    case 'note.hidden':
    case 'note.pinned':
    case 'log.unreadable':
      return redacted(e);
    // A table's photos go to its host, the screen (the wrap-up may show one) and the facilitator; never to phones.
    case 'photo.added':
      return viewer.role === 'screen' || (viewer.role === 'host' && viewer.table === ev.table) ? e : redacted(e);
    case 'photo.removed': {
      const table = state.photos.byId[ev.photoId]?.table;
      return viewer.role === 'screen' || (viewer.role === 'host' && viewer.table === table) ? e : redacted(e);
    }
    case 'photo.shown':
      return viewer.role === 'screen' ? e : redacted(e);
    // A phone's group is its own business: only that phone hears it back (see visibleTo for the facilitator).
    case 'participant.grouped':
      return ev.participantId === participantId ? e : redacted(e);
    case 'composition.set':
      return viewer.role === 'host' && viewer.table === ev.table ? e : redacted(e);
    default:
      return ev satisfies never;
  }
}

/** What `viewer` receives of `e`. `state` is the workshop's state after `e` (for lookups such as a note's table). */
export function visibleTo(viewer: Viewer, e: StoredEvent, state: WorkshopState): VisibleEvent {
  // The facilitator sees everything but a phone's group: never shown next to the person, so not sent to the console,
  // which lists participants by name. The report counts groups on the server.
  if (viewer.role === 'facilitator') return e.event.type === 'participant.grouped' ? redacted(e) : e;
  const note = noteOf(e, state);
  if (note) return projectNoteEvent(viewer, e, note);
  return projectOther(viewer, e, state);
}
