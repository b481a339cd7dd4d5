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
  // Participants see the same projection of others' events; their own (ideas, votes, seat, assignment) differ per phone.
  // The local adapter's rooms are read synchronously, so the order of emits stays the order of the log.
  const personal = event.actor.role === 'participant' || event.event.type === 'tables.assigned';
  if (personal) {
    for (const socketId of io.sockets.adapter.rooms.get(rooms.participants(w)) ?? []) {
      const socket = io.sockets.sockets.get(socketId);
      const viewer = socket?.data.viewer;
      if (socket && viewer?.role === 'participant') socket.emit('events', [visibleTo(viewer, event, state)]);
    }
  } else {
    io.to(rooms.participants(w)).emit('events', [visibleTo({ role: 'participant', participantId: '' }, event, state)]);
  }
  const tables = state.definition?.tables ?? 0;
  for (let table = 1; table <= tables; table++) {
    io.to(rooms.host(w, table)).emit('events', [visibleTo({ role: 'host', table }, event, state)]);
  }
}
