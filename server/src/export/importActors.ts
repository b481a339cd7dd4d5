import type { Actor, WorkshopEvent } from '@kafe/shared/events';

/**
 * Whether `actor` could have produced `event` in a live workshop, for an import: the log is written back as it
 * stands, so a hand-edited export must not credit a participant's vote to someone else, a phone with a host's note, or
 * a table that does not exist. `tables` is the workshop's table count where the event stands. Answers a reason, or
 * null when the actor fits.
 */
export function forgedActor(actor: Actor, event: WorkshopEvent, tables: number): string | null {
  switch (actor.role) {
    case 'organiser':
      // The organiser only ever creates a workshop; everything after is done in it by its roles.
      return event.type === 'workshop.created' ? null : `the organiser cannot do ${event.type}`;
    case 'host':
      if (actor.table > tables)
        return `a host of table ${actor.table}, which the workshop (${tables} tables) does not have`;
      break;
    case 'participant':
    case 'facilitator':
    case 'screen':
    case 'system':
      break;
    default:
      return actor satisfies never;
  }
  const own = ownerOf(event);
  if (own !== null && (actor.role !== 'participant' || actor.participantId !== own)) {
    return `${event.type} for participant ${own} must be done by that participant, not by ${who(actor)}`;
  }
  if (event.type === 'note.added' && (event.source === 'participant') !== (actor.role === 'participant')) {
    return `a note with source "${event.source}" cannot come from ${who(actor)}`;
  }
  return null;
}

/** The participant an event speaks for: only that participant's phone produces it (see shared/decide). */
function ownerOf(event: WorkshopEvent): string | null {
  switch (event.type) {
    case 'participant.joined':
    case 'participant.renamed':
    case 'participant.seated':
    case 'vote.cast':
    case 'evaluation.answered':
      return event.participantId;
    default:
      return null;
  }
}

function who(actor: Actor): string {
  switch (actor.role) {
    case 'host':
      return `the host of table ${actor.table}`;
    case 'participant':
      return `participant ${actor.participantId}`;
    case 'organiser':
    case 'facilitator':
    case 'screen':
    case 'system':
      return `the ${actor.role}`;
    default:
      return actor satisfies never;
  }
}
