import type { Actor } from '../events.js';
import { assignLateJoiner, assignTables } from '../mixing.js';
import type { Command } from '../commands.js';
import type { CommandName } from '../protocol.js';
import type { WorkshopState } from '../state.js';
import { currentRound, questionOfRound, roundCount } from '../rounds.js';
import { LIMITS } from '../constants.js';
import { accept, refuse, unchanged, type Decision } from './result.js';

export type ParticipantCommand = Extract<
  CommandName,
  'participant:name' | 'participant:table' | 'idea:add' | 'idea:moderate' | 'settings:set' | 'tables:assign'
>;
export type ParticipantCommandInput = Command<ParticipantCommand>;

/**
 * A phone's first connection: it joins once; a table card (?table=N) seats it. `maxParticipants` is the server's cap
 * (at most LIMITS.participants, which the stored events can hold): past it, new phones are refused, known ones return.
 */
export function decideJoin(
  state: WorkshopState,
  participantId: string,
  table: number | null,
  maxParticipants: number = LIMITS.participants,
): Decision {
  const def = state.definition;
  if (!def) return refuse('not_found', 'the workshop does not exist');
  const seat = table !== null && table <= def.tables ? table : null;
  const existing = state.participants[participantId];
  if (existing) {
    if (seat === null || existing.table === seat) return unchanged();
    return accept({ type: 'participant.seated', participantId, table: seat });
  }
  if (state.participantCount >= Math.min(maxParticipants, LIMITS.participants))
    return refuse('full', `this workshop is full (${state.participantCount} participants)`);
  const mixed = Object.values(state.participants).filter((p) => p.assigned.length > 0);
  const assigned =
    def.settings.mixing && mixed.length > 0
      ? assignLateJoiner(
          mixed.map((p) => p.assigned),
          def.tables,
          roundCount(state),
        )
      : undefined;
  return accept({
    type: 'participant.joined',
    participantId,
    name: '',
    table: seat,
    ...(assigned ? { assigned } : {}),
  });
}

/** How many ideas a phone has added in a round (deleted and refused ones count: they were sent all the same). */
function ideasOf(state: WorkshopState, participantId: string, round: number): number {
  return state.ideaCounts[`${participantId}:${round}`] ?? 0;
}

/** Phones set their name and table and add ideas; hosts approve ideas; the facilitator sets how. */
export function decideParticipant(
  state: WorkshopState,
  actor: Actor,
  cmd: ParticipantCommandInput,
  now: number,
): Decision {
  const def = state.definition;
  if (!def) return refuse('not_found', 'the workshop does not exist');
  switch (cmd.name) {
    case 'participant:name':
    case 'participant:table': {
      if (actor.role !== 'participant') return refuse('forbidden', 'only participants choose their own name and table');
      if (!state.participants[actor.participantId]) return refuse('not_found', 'join the workshop first');
      const me = state.participants[actor.participantId];
      if (cmd.name === 'participant:name') {
        return me?.name === cmd.payload.name
          ? unchanged()
          : accept({ type: 'participant.renamed', participantId: actor.participantId, name: cmd.payload.name });
      }
      if (cmd.payload.table !== null && cmd.payload.table > def.tables)
        return refuse('bad_request', `there are ${def.tables} tables`);
      if (me?.table === cmd.payload.table) return unchanged();
      return accept({ type: 'participant.seated', participantId: actor.participantId, table: cmd.payload.table });
    }
    case 'idea:add': {
      if (actor.role !== 'participant') return refuse('forbidden', 'only participants add ideas');
      const me = state.participants[actor.participantId];
      if (!me) return refuse('not_found', 'join the workshop first');
      if (def.settings.ideas === 'off')
        return refuse('forbidden', 'ideas from phones are switched off in this workshop');
      const roundNow = currentRound(state, now);
      const round = cmd.payload.round ?? roundNow;
      // An idea typed offline may arrive after its round; one for a round that has not begun is not an idea but a trick.
      if (round > roundNow) return refuse('bad_request', `round ${round} has not started yet`);
      // With mixing on, the idea goes to the table assigned for that round; switched off, people sit where they chose.
      const table = (def.settings.mixing ? me.assigned[round - 1] : undefined) ?? me.table;
      if (table === null) return refuse('bad_request', 'choose your table first');
      const questionId = questionOfRound(state, round);
      if (!questionId) return refuse('bad_request', `there is no round ${round}`);
      if (state.notes[cmd.payload.noteId]) return refuse('conflict', 'an idea with this id exists already');
      if (ideasOf(state, actor.participantId, round) >= LIMITS.ideasPerRound)
        // Final, not 'rate_limited': waiting does not make room, and a retried idea would block the phone's outbox.
        return refuse('conflict', `at most ${LIMITS.ideasPerRound} ideas per round from one phone`);
      return accept({
        type: 'note.added',
        noteId: cmd.payload.noteId,
        table,
        questionId,
        round,
        text: cmd.payload.text,
        source: 'participant',
        ...(def.settings.ideas === 'approval' ? { pending: true } : {}),
      });
    }
    case 'idea:moderate': {
      const note = state.notes[cmd.payload.noteId];
      if (!note || note.source !== 'participant') return refuse('not_found', 'no such idea');
      if (!(actor.role === 'facilitator' || (actor.role === 'host' && actor.table === note.table)))
        return refuse('forbidden', `this idea belongs to table ${note.table}`);
      return accept({ type: 'note.moderated', noteId: note.id, approved: cmd.payload.approved });
    }
    case 'settings:set':
      return accept({ type: 'settings.changed', settings: { ...def.settings, ...cmd.payload.settings } });
    case 'tables:assign': {
      const ids = Object.keys(state.participants).sort();
      if (ids.length === 0) return refuse('conflict', 'no participants have joined yet');
      const tables = assignTables(ids, def.tables, roundCount(state), state.seq + 1);
      return accept({
        type: 'tables.assigned',
        assignments: ids.map((participantId, i) => ({ participantId, tables: tables[i] ?? [] })),
      });
    }
    default:
      return cmd satisfies never;
  }
}
