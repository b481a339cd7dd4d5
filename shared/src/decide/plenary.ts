import type { Command } from '../commands.js';
import type { CommandName } from '../protocol.js';
import type { WorkshopState } from '../state.js';
import { isOnScreen } from '../themes/curate.js';
import { accept, refuse, type Decision } from './result.js';

export type PlenaryCommand = Extract<
  CommandName,
  'note:hide' | 'note:pin' | 'screen:spotlight' | 'theme:curate' | 'wrapup:show' | 'message:show' | 'message:dismiss'
>;
export type PlenaryCommandInput = Command<PlenaryCommand>;

/** The facilitator decides what the projector shows: hidden and pinned notes, spotlight, themes, wrap-up, messages. */
export function decidePlenary(state: WorkshopState, cmd: PlenaryCommandInput): Decision {
  const def = state.definition;
  if (!def) return refuse('not_found', 'the workshop does not exist');
  const knownQuestion = (id: string | null): boolean => id === null || def.questions.some((q) => q.id === id);
  switch (cmd.name) {
    case 'note:hide':
    case 'note:pin': {
      const note = state.notes[cmd.payload.noteId];
      if (!note) return refuse('not_found', 'no such note');
      if (cmd.name === 'note:hide') return accept({ type: 'note.hidden', noteId: note.id, hidden: cmd.payload.hidden });
      return accept({ type: 'note.pinned', noteId: note.id, pinned: cmd.payload.pinned });
    }
    case 'screen:spotlight':
      if (cmd.payload.noteId !== null && !state.notes[cmd.payload.noteId]) return refuse('not_found', 'no such note');
      // The projector could not show it: a hidden, deleted or unapproved note stays off the screen, spotlight or not.
      if (cmd.payload.noteId !== null && !isOnScreen(state.notes[cmd.payload.noteId]))
        return refuse('conflict', 'this note is not on the screen');
      return accept({ type: 'screen.spotlight', noteId: cmd.payload.noteId });
    case 'theme:curate':
      if (!knownQuestion(cmd.payload.questionId)) return refuse('not_found', 'no such question');
      return accept({ type: 'theme.curated', questionId: cmd.payload.questionId, curation: cmd.payload.curation });
    case 'wrapup:show':
      if (!knownQuestion(cmd.payload.questionId)) return refuse('not_found', 'no such question');
      return accept({ type: 'wrapup.shown', questionId: cmd.payload.questionId, part: cmd.payload.part });
    case 'message:show':
      if (state.messages.some((m) => m.id === cmd.payload.messageId))
        return refuse('conflict', 'this message is shown already');
      return accept({ type: 'message.shown', messageId: cmd.payload.messageId, text: cmd.payload.text });
    case 'message:dismiss':
      if (!state.messages.some((m) => m.id === cmd.payload.messageId))
        return refuse('not_found', 'no such message on the screens');
      return accept({ type: 'message.dismissed', messageId: cmd.payload.messageId });
    default:
      return cmd satisfies never;
  }
}
