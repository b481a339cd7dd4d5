import type { Actor } from '../events.js';
import type { Command } from '../commands.js';
import type { CommandName } from '../protocol.js';
import type { WorkshopState } from '../state.js';
import { currentRound, questionOfRound, roundCount } from '../rounds.js';
import { accept, refuse, type Decision } from './result.js';

export type NoteCommand = Extract<
  CommandName,
  'note:add' | 'note:edit' | 'note:delete' | 'note:restore' | 'note:star' | 'summary:set' | 'host:name'
>;
export type NoteCommandInput = Command<NoteCommand>;

/** Which table an actor writes for: a host only its own; the facilitator any table it names. */
export function tableFor(state: WorkshopState, actor: Actor, requested: number | undefined): number | Decision {
  const tables = state.definition?.tables ?? 0;
  if (actor.role === 'host') {
    if (requested !== undefined && requested !== actor.table)
      return refuse('forbidden', `a host of table ${actor.table} cannot write for table ${requested}`);
    return actor.table;
  }
  if (actor.role === 'facilitator') {
    if (requested === undefined) return refuse('bad_request', 'say which table');
    if (requested > tables) return refuse('not_found', `there is no table ${requested}`);
    return requested;
  }
  return refuse('forbidden', 'only table hosts and the facilitator write notes');
}

function mayTouch(actor: Actor, table: number): boolean {
  return actor.role === 'facilitator' || (actor.role === 'host' && actor.table === table);
}

/** Table hosts' note taking; the facilitator may moderate every table. */
export function decideNote(state: WorkshopState, actor: Actor, cmd: NoteCommandInput, now: number): Decision {
  switch (cmd.name) {
    case 'note:add': {
      const table = tableFor(state, actor, cmd.payload.table);
      if (typeof table !== 'number') return table;
      if (state.notes[cmd.payload.noteId]) return refuse('conflict', 'a note with this id exists already');
      const round = cmd.payload.round ?? currentRound(state, now);
      const questionId = questionOfRound(state, round);
      if (!questionId) return refuse('bad_request', `there is no round ${round} (the agenda has ${roundCount(state)})`);
      const source = actor.role === 'host' ? 'host' : 'facilitator';
      return accept({
        type: 'note.added',
        noteId: cmd.payload.noteId,
        table,
        questionId,
        round,
        text: cmd.payload.text,
        source,
      });
    }
    case 'note:edit':
    case 'note:delete':
    case 'note:restore':
    case 'note:star': {
      const note = state.notes[cmd.payload.noteId];
      if (!note) return refuse('not_found', 'no such note');
      if (!mayTouch(actor, note.table)) return refuse('forbidden', `this note belongs to table ${note.table}`);
      if (cmd.name === 'note:edit') return accept({ type: 'note.edited', noteId: note.id, text: cmd.payload.text });
      if (cmd.name === 'note:delete') return accept({ type: 'note.deleted', noteId: note.id });
      if (cmd.name === 'note:restore') return accept({ type: 'note.restored', noteId: note.id });
      return accept({ type: 'note.starred', noteId: note.id, starred: cmd.payload.starred });
    }
    case 'summary:set': {
      const table = tableFor(state, actor, cmd.payload.table);
      if (typeof table !== 'number') return table;
      if (!questionOfRound(state, cmd.payload.round))
        return refuse('bad_request', `there is no round ${cmd.payload.round}`);
      return accept({ type: 'summary.set', table, round: cmd.payload.round, text: cmd.payload.text.trim() });
    }
    case 'host:name': {
      const table = tableFor(state, actor, cmd.payload.table);
      if (typeof table !== 'number') return table;
      return accept({ type: 'host.named', table, name: cmd.payload.name });
    }
    default:
      return cmd satisfies never;
  }
}
