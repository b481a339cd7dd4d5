// The room most projector and console tests start from: a workshop in its first round, every table's host on a
// socket, and each table's notes written (crowdedQuestion, liveWall, the keyboard walks).
import { randomUUID } from 'node:crypto';
import type { CreatedWorkshop, Harness } from '../harness.js';
import { roleSocket, type RoleSocket } from './roleSocket.js';

export interface RoomInRound {
  w: CreatedWorkshop;
  fac: RoleSocket;
  hosts: RoleSocket[];
}

/** Creates the workshop, starts the clock, moves from the intro to round 1 and has each table write its notes. */
export async function roomInRound(
  h: Harness,
  workshop: Parameters<Harness['createWorkshop']>[0],
  notesOf: (table: number) => readonly string[],
): Promise<RoomInRound> {
  const w = await h.createWorkshop(workshop);
  const token = (url: string): string => new URL(url).hash.slice(1);
  const fac = await roleSocket(h.base, { token: w.facilitatorToken });
  const hosts = await Promise.all(w.links.hosts.map((l) => roleSocket(h.base, { token: token(l.url) })));
  await fac.send('clock:start');
  await fac.send('clock:next');
  await Promise.all(
    hosts.map(async (host, i) => {
      for (const text of notesOf(i + 1)) await host.send('note:add', { noteId: randomUUID(), text });
    }),
  );
  return { w, fac, hosts };
}
