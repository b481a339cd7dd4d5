import type { StoredEvent } from '@kafe/shared/events';
import { visibleTo } from '@kafe/shared/projection';
import type { WorkshopRuntime } from '../workshops/runtime.js';
import { rooms } from './rooms.js';
import type { IoServer } from './types.js';

/** Sends a new event to every room of its workshop, each in the projection that room may see. */
export function broadcastEvent(io: IoServer, runtime: WorkshopRuntime, event: StoredEvent): void {
  const w = runtime.id;
  const state = runtime.state;
  io.to(rooms.facilitator(w)).emit('events', [visibleTo({ role: 'facilitator' }, event, state)]);
  io.to(rooms.screen(w)).emit('events', [visibleTo({ role: 'screen' }, event, state)]);
  // Participants all see the same projection of events that are not their own.
  io.to(rooms.participants(w)).emit('events', [visibleTo({ role: 'participant', participantId: '' }, event, state)]);
  const tables = state.definition?.tables ?? 0;
  for (let table = 1; table <= tables; table++) {
    io.to(rooms.host(w, table)).emit('events', [visibleTo({ role: 'host', table }, event, state)]);
  }
}
