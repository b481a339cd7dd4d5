import type { CreatedWorkshop } from '../../server/src/context.js';
import { asRole, createWorkshop, join, roleTokens, type FileApp } from './harness.js';

type Joined = Awaited<ReturnType<typeof join>>;

export interface Room {
  w: CreatedWorkshop;
  t: ReturnType<typeof roleTokens>;
  facilitator: Joined;
  screen: Joined;
  host: Joined;
}

/** A new workshop with its facilitator, projector screen and table 1's host connected (closed with the file's app). */
export async function openRoom(h: FileApp): Promise<Room> {
  const w = await createWorkshop(h.url);
  const t = roleTokens(w);
  const [facilitator, screen, host] = await Promise.all([
    join(h.url, asRole(t.facilitator)),
    join(h.url, asRole(t.screen)),
    join(h.url, asRole(t.host(1))),
  ]);
  h.opened.push(facilitator, screen, host);
  return { w, t, facilitator, screen, host };
}
