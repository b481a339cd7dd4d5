import type { StoredEvent, VisibleEvent } from '@kafe/shared/events';
import { visibleTo, type Viewer } from '@kafe/shared/projection';
import { redactedRun } from '@kafe/shared/stream';
import type { WorkshopRuntime } from '../workshops/runtime.js';
import { aboutAParticipantsIdea, phoneConcerned } from './participants.js';
import { rooms } from './rooms.js';
import type { IoServer } from './types.js';

/**
 * Sends each new event to every room of its workshop, in the projection that room may see. Events a room may not see
 * are not sent one by one: the room is told about them as one redacted run just before its next visible event. So a
 * note at table 3 costs the 300 phones nothing, and every client's stream stays gap-free.
 */
export class Broadcaster {
  /** workshop → room → the last seq that room has been told about; a workshop's go when it leaves memory. */
  private readonly told = new Map<string, Map<string, number>>();

  constructor(private readonly io: IoServer) {}

  /** Forgets a workshop's cursors (it left memory, so its rooms are empty). */
  forget(workshopId: string): void {
    this.told.delete(workshopId);
  }

  /**
   * A socket joined `rooms` with a welcome that holds every event up to `seq`. A room without a cursor (its first
   * socket since the workshop was loaded) starts there: what came before is in the welcome, not in a redacted run.
   * A room that has one keeps it: sockets already in it may not have been told more.
   */
  joined(workshopId: string, rooms: readonly string[], seq: number): void {
    const told = this.cursorsOf(workshopId);
    for (const room of rooms) if (!told.has(room)) told.set(room, seq);
  }

  send(runtime: WorkshopRuntime, event: StoredEvent): void {
    const w = runtime.id;
    const state = runtime.state;
    const told = this.cursorsOf(w);
    this.toRoom(told, rooms.facilitator(w), visibleTo({ role: 'facilitator' }, event, state), event);
    this.toRoom(told, rooms.screen(w), visibleTo({ role: 'screen' }, event, state), event);
    const tables = state.definition?.tables ?? 0;
    for (let table = 1; table <= tables; table++)
      this.toRoom(told, rooms.host(w, table), visibleTo({ role: 'host', table }, event, state), event);
    const participants = rooms.participants(w);
    // A participant's own events (idea, vote, answer, seat) and table assignments differ per phone.
    if (
      event.actor.role === 'participant' ||
      event.event.type === 'tables.assigned' ||
      aboutAParticipantsIdea(event, state)
    ) {
      // Only the phone it concerns, when there is one: a join costs its own phone, not one projection per phone.
      const concerned = event.event.type === 'tables.assigned' ? null : phoneConcerned(event, state);
      const sockets = concerned === null ? participants : rooms.phone(w, concerned);
      this.toEachPhone(told, participants, sockets, event, (viewer) => visibleTo(viewer, event, state));
    } else {
      this.toRoom(told, participants, visibleTo({ role: 'participant', participantId: '' }, event, state), event);
    }
  }

  private cursorsOf(workshopId: string): Map<string, number> {
    let told = this.told.get(workshopId);
    if (!told) {
      told = new Map();
      this.told.set(workshopId, told);
    }
    return told;
  }

  private batchFor(
    told: ReadonlyMap<string, number>,
    room: string,
    visible: VisibleEvent,
    event: StoredEvent,
  ): VisibleEvent[] {
    const last = told.get(room) ?? 0;
    return last < event.seq - 1 ? [redactedRun(last + 1, event.seq - 1, event.at), visible] : [visible];
  }

  private toRoom(told: Map<string, number>, room: string, visible: VisibleEvent, event: StoredEvent): void {
    if (visible.event.type === 'redacted') return;
    this.io.to(room).emit('events', this.batchFor(told, room, visible, event));
    told.set(room, event.seq);
  }

  /**
   * Per phone, for events that differ per phone: each phone in `sockets` (the phones' room, or one phone's) gets its
   * own projection (with the run of seqs before it), or nothing, and the phones' room learns of the seq later in a
   * redacted run. The room's cursor does not move: phones skip the part of a later run they already have. The local
   * adapter's rooms are read synchronously, so emits keep log order.
   */
  private toEachPhone(
    told: ReadonlyMap<string, number>,
    room: string,
    sockets: string,
    event: StoredEvent,
    project: (viewer: Viewer) => VisibleEvent,
  ): void {
    for (const socketId of this.io.sockets.adapter.rooms.get(sockets) ?? []) {
      const socket = this.io.sockets.sockets.get(socketId);
      const viewer = socket?.data.viewer;
      if (!socket || viewer?.role !== 'participant') continue;
      const visible = project(viewer);
      if (visible.event.type !== 'redacted') socket.emit('events', this.batchFor(told, room, visible, event));
    }
  }
}
