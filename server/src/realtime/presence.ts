import type { Presence } from '@kafe/shared/protocol';
import type { SharedPresence } from '../context.js';
import { rooms } from './rooms.js';
import type { IoServer } from './types.js';

/** Who is connected to a workshop through this process right now, from the sockets in its rooms. */
export function presenceOf(io: IoServer, workshopId: string, tables: number): Presence {
  const size = (room: string): number => io.sockets.adapter.rooms.get(room)?.size ?? 0;
  const hostsOnline: number[] = [];
  for (let t = 1; t <= tables; t++) if (size(rooms.host(workshopId, t)) > 0) hostsOnline.push(t);
  return { hostsOnline, screens: size(rooms.screen(workshopId)), participants: size(rooms.participants(workshopId)) };
}

const same = (a: Presence, b: Presence): boolean =>
  a.screens === b.screens &&
  a.participants === b.participants &&
  a.hostsOnline.length === b.hostsOnline.length &&
  a.hostsOnline.every((t, i) => b.hostsOnline[i] === t);

/**
 * Tells the facilitator who is online, at most once per `intervalMs` per workshop, so 300 phones joining cost a few
 * messages. Counts are across processes (SharedPresence): a change here is reported, then the totals sent; a change
 * elsewhere, or the heartbeat (which is how a process that died drops out), makes facilitators here read the totals
 * again, sent only when they differ from what they were told.
 */
export function presenceNotifier(
  io: IoServer,
  shared: SharedPresence,
  intervalMs = 1000,
): (workshopId: string, tables: number) => void {
  const pending = new Set<string>();
  const told = new Map<string, Presence>();
  const send = (workshopId: string, totals: Presence): void => {
    const room = rooms.facilitator(workshopId);
    if (!io.sockets.adapter.rooms.get(room)?.size) {
      told.delete(workshopId);
      return;
    }
    told.set(workshopId, totals);
    io.to(room).emit('presence', totals);
  };
  const failed = (err: unknown): void => console.error('could not count who is online:', err);

  shared.onChangedElsewhere((workshopId) => {
    const ids = workshopId === null ? [...told.keys()] : [workshopId];
    for (const id of ids) {
      if (!io.sockets.adapter.rooms.get(rooms.facilitator(id))?.size) continue;
      shared.board.totals(id, presenceOf(io, id, 0)).then((totals) => {
        const before = told.get(id);
        if (!before || !same(before, totals)) send(id, totals);
      }, failed);
    }
  });

  return (workshopId, tables) => {
    if (pending.has(workshopId)) return;
    pending.add(workshopId);
    setTimeout(() => {
      pending.delete(workshopId);
      shared.board.report(workshopId, presenceOf(io, workshopId, tables)).then((totals) => {
        send(workshopId, totals);
        shared.changedHere(workshopId);
      }, failed);
    }, intervalMs).unref();
  };
}
