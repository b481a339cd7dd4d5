import type { EventOf } from '../events.js';

/** What the state holds about groups: each phone's own choice (only on the server and that phone) and hosts' counts. */
export interface ParticipationState {
  /** participantId → group key. */
  groupOf: Record<string, string>;
  /** `table:round` → group key → people. */
  compositions: Record<string, Record<string, number>>;
}

export const emptyParticipation = (): ParticipationState => ({ groupOf: {}, compositions: {} });
export const compositionKey = (table: number, round: number): string => `${table}:${round}`;

type ParticipationEvent = EventOf<'participant.grouped' | 'composition.set'>;

export function reduceParticipation(state: ParticipationState, event: ParticipationEvent): ParticipationState {
  switch (event.type) {
    case 'participant.grouped': {
      const { [event.participantId]: _previous, ...others } = state.groupOf;
      return { ...state, groupOf: event.group === null ? others : { ...others, [event.participantId]: event.group } };
    }
    case 'composition.set':
      return {
        ...state,
        compositions: { ...state.compositions, [compositionKey(event.table, event.round)]: event.counts },
      };
    default:
      return event satisfies never;
  }
}
