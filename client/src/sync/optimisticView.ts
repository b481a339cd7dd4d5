import type { Actor } from '@kafe/shared/events';
import type { OutboxEntry } from '@kafe/shared/outbox';
import { rebasePending, type OptimisticView } from '@kafe/shared/optimistic';
import type { WorkshopStore } from './workshopStore';

/** Who this page acts as, from its welcome: pending commands are decided as the server will decide them. */
export function actorOf(store: Pick<WorkshopStore, 'role' | 'table' | 'participantId'>): Actor | null {
  switch (store.role) {
    case 'host':
      return store.table === null ? null : { role: 'host', table: store.table };
    case 'participant':
      return store.participantId === null ? null : { role: 'participant', participantId: store.participantId };
    case 'facilitator':
      return { role: 'facilitator' };
    case 'screen':
      return { role: 'screen' };
    case null:
      return null;
    default:
      return store.role satisfies never;
  }
}

/** The confirmed state with this page's pending commands on top; before the welcome, the confirmed state alone. */
export function viewOf(
  store: Pick<WorkshopStore, 'state' | 'role' | 'table' | 'participantId'>,
  entries: readonly OutboxEntry[],
  now: number,
): OptimisticView {
  const actor = actorOf(store);
  if (actor === null || entries.length === 0) return { state: store.state, pendingNoteIds: new Set() };
  return rebasePending(store.state, actor, entries, now);
}
