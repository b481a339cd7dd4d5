import type { Actor } from '../events.js';
import type { Command } from '../commands.js';
import type { CommandName } from '../protocol.js';
import type { WorkshopState } from '../state.js';
import { groupsOf } from '../participation/groups.js';
import { compositionKey } from '../participation/reduce.js';
import { questionOfRound } from '../rounds.js';
import { tableFor } from './notes.js';
import { accept, refuse, unchanged, type Decision } from './result.js';

export type ParticipationCommand = Extract<CommandName, 'participant:group' | 'composition:set'>;

/** A phone's own group (optional, changeable) and a host's headcount of its table by group. */
export function decideParticipation(state: WorkshopState, actor: Actor, cmd: Command<ParticipationCommand>): Decision {
  const known = new Set(groupsOf(state.definition).map((g) => g.key));
  switch (cmd.name) {
    case 'participant:group': {
      if (actor.role !== 'participant') return refuse('forbidden', 'only a phone says its own group');
      if (!state.participants[actor.participantId]) return refuse('not_found', 'join the workshop first');
      const { group } = cmd.payload;
      if (group !== null && !known.has(group)) return refuse('bad_request', `there is no group "${group}"`);
      if ((state.participation.groupOf[actor.participantId] ?? null) === group) return unchanged();
      return accept({ type: 'participant.grouped', participantId: actor.participantId, group });
    }
    case 'composition:set': {
      const table = tableFor(state, actor, cmd.payload.table);
      if (typeof table !== 'number') return table;
      const { round, counts } = cmd.payload;
      if (!questionOfRound(state, round)) return refuse('bad_request', `there is no round ${round}`);
      const unknown = Object.keys(counts).find((k) => !known.has(k));
      if (unknown !== undefined) return refuse('bad_request', `there is no group "${unknown}"`);
      // Zeros say nothing: kept out, so the same headcount typed twice is the same event.
      const kept = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
      const before = state.participation.compositions[compositionKey(table, round)] ?? {};
      if (sameCounts(before, kept)) return unchanged();
      return accept({ type: 'composition.set', table, round, counts: kept });
    }
    default:
      return cmd satisfies never;
  }
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}
