import type { Actor } from '@kafe/shared/events';

/**
 * Who an opId belongs to. Idempotency is keyed on (workshop, actor key, opId), so one actor's opId can never make
 * another's command look like a replay (a host's note silently dropped as a "duplicate" of a phone's vote).
 * Migration 003 computes the same key in SQL for rows written before it: keep the two in step.
 */
export function actorKey(actor: Actor): string {
  switch (actor.role) {
    case 'host':
      return `host:${actor.table}`;
    case 'participant':
      return `participant:${actor.participantId}`;
    case 'organiser':
    case 'facilitator':
    case 'screen':
    case 'system':
      return actor.role;
    default:
      return actor satisfies never;
  }
}
