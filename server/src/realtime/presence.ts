import type { Presence } from '@kafe/shared/protocol';
import { rooms } from './rooms.js';
import type { IoServer } from './types.js';

/** Who is connected to a workshop right now, from the sockets in its rooms. */
export function presenceOf(io: IoServer, workshopId: string, tables: number): Presence {
  const size = (room: string): number => io.sockets.adapter.rooms.get(room)?.size ?? 0;
  const hostsOnline: number[] = [];
  for (let t = 1; t <= tables; t++) if (size(rooms.host(workshopId, t)) > 0) hostsOnline.push(t);
  return { hostsOnline, screens: size(rooms.screen(workshopId)), participants: size(rooms.participants(workshopId)) };
}

/** Tells the facilitator who is online, at most once per `intervalMs` per workshop, so 300 phones joining cost a few messages. */
export function presenceNotifier(io: IoServer, intervalMs = 1000): (workshopId: string, tables: number) => void {
  const pending = new Set<string>();
  return (workshopId, tables) => {
    if (pending.has(workshopId)) return;
    pending.add(workshopId);
    setTimeout(() => {
      pending.delete(workshopId);
      io.to(rooms.facilitator(workshopId)).emit('presence', presenceOf(io, workshopId, tables));
    }, intervalMs).unref();
  };
}
