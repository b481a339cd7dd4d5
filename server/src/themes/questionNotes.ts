import type { StoredEvent } from '@kafe/shared/events';
import type { WorkshopState } from '@kafe/shared/state';
import { isOnScreen } from '@kafe/shared/themes/curate';
import type { ThemeInputNote } from '@kafe/shared/themes/index';

/** The notes of a question that themes are made of: exactly those the projector may show. */
export function themeInput(state: WorkshopState, questionId: string): ThemeInputNote[] {
  const out: ThemeInputNote[] = [];
  for (const id of state.noteOrder) {
    const note = state.notes[id];
    if (note && note.questionId === questionId && isOnScreen(note))
      out.push({ id: note.id, text: note.text, starred: note.starred, table: note.table });
  }
  return out;
}

export interface ThemeImpact {
  questionIds: string[];
  /** A note left the projector (hidden, deleted, refused): its words must leave the themes at once, not in a moment. */
  urgent: boolean;
}

const NONE: ThemeImpact = { questionIds: [], urgent: false };

/** Which questions' themes an event may change. `before` and `after` are the workshop's state around it. */
export function themeImpact(stored: StoredEvent, before: WorkshopState, after: WorkshopState): ThemeImpact {
  const e = stored.event;
  switch (e.type) {
    case 'note.added':
    case 'note.edited':
    case 'note.deleted':
    case 'note.restored':
    case 'note.starred':
    case 'note.moderated':
    case 'note.hidden': {
      const was = before.notes[e.noteId];
      const is = after.notes[e.noteId];
      const wasShown = isOnScreen(was);
      const isShown = isOnScreen(is);
      // Anything about a note the projector never shows (a held idea, a hidden note being edited) changes no theme.
      if (!is || (!wasShown && !isShown)) return NONE;
      return { questionIds: [is.questionId], urgent: wasShown && !isShown };
    }
    case 'workshop.updated':
      // The language, or the questions themselves, may have changed.
      return { questionIds: after.definition?.questions.map((q) => q.id) ?? [], urgent: false };
    default:
      return NONE;
  }
}
