import type { StoredEvent, VisibleEvent } from './events.js';
import type { WorkshopState } from './reducer.js';

/** Who is looking. Each role sees a projection of the log: a host its own table, a participant nothing of anyone else. */
export type Viewer =
  | { role: 'facilitator' }
  | { role: 'screen' }
  | { role: 'host'; table: number }
  | { role: 'participant'; participantId: string };

const redacted = (e: StoredEvent): VisibleEvent => ({ seq: e.seq, at: e.at, actor: null, event: { type: 'redacted' } });

/** The table an event concerns, looked up in `state` for events that only name a note. */
function tableOf(e: StoredEvent, state: WorkshopState): number | null {
  const ev = e.event;
  switch (ev.type) {
    case 'note.added':
    case 'summary.set':
    case 'host.named':
      return ev.table;
    case 'note.edited':
    case 'note.deleted':
    case 'note.restored':
    case 'note.starred':
      return state.notes[ev.noteId]?.table ?? null;
    default:
      return null;
  }
}

/** What `viewer` receives of `e`. `state` is the workshop's current state (for lookups such as a note's table). */
export function visibleTo(viewer: Viewer, e: StoredEvent, state: WorkshopState): VisibleEvent {
  const type = e.event.type;
  if (type.startsWith('workshop.') || type.startsWith('clock.')) return e;
  switch (viewer.role) {
    case 'facilitator':
      return e;
    case 'screen':
      return type === 'host.named' ? redacted(e) : e;
    case 'host':
      return tableOf(e, state) === viewer.table ? e : redacted(e);
    case 'participant':
      return redacted(e);
    default:
      return viewer satisfies never;
  }
}
