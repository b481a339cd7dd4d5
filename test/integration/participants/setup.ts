// Shared steps for the participant integration tests: a workshop with its facilitator connected and round 1 running.
import { randomUUID } from 'node:crypto';
import type { VisibleEvent } from '@kafe/shared/events';
import type { Welcome } from '@kafe/shared/protocol';
import type { WorkshopState } from '@kafe/shared/state';
import type { CreatedWorkshop } from '../../../server/src/context.js';
import { asParticipant, asRole, createWorkshop, join, roleTokens, type Client, type Harness } from '../harness.js';

export type Joined = Client & { w: Welcome };

export interface Room {
  w: CreatedWorkshop;
  facilitator: Joined;
  /** Connects a phone (a fresh key unless given); remembered for closing. */
  phone(key?: string, table?: number): Promise<Joined>;
  host(table: number): Promise<Joined>;
  screen(): Promise<Joined>;
  /** The server's own state of this workshop. */
  state(): Promise<WorkshopState>;
  close(): void;
}

/** What a room needs of the file's app: its URL, and the app itself to read a workshop's state. */
export type RoomApp = Pick<Harness, 'url' | 'app'>;

export async function room(h: RoomApp, settings: Record<string, unknown> = {}, startRound = true): Promise<Room> {
  const w = await createWorkshop(h.url, { title: 'Deltakere', ...settings });
  const open: Client[] = [];
  const track = <T extends Client>(c: T): T => {
    open.push(c);
    return c;
  };
  const facilitator = track(await join(h.url, asRole(w.facilitatorToken)));
  if (startRound) {
    await ok(facilitator.send('clock:start'));
    await ok(facilitator.send('clock:next'));
  }
  return {
    w,
    facilitator,
    phone: async (key = randomUUID(), table?: number) =>
      track(await join(h.url, { ...asParticipant(w.joinCode, key), ...(table !== undefined ? { table } : {}) })),
    host: async (table) => track(await join(h.url, asRole(roleTokens(w).host(table)))),
    screen: async () => track(await join(h.url, asRole(roleTokens(w).screen))),
    state: async () => {
      const runtime = await h.app.ctx.registry.get(w.id);
      if (!runtime) throw new Error('no runtime');
      return runtime.state;
    },
    close: () => open.forEach((c) => c.close()),
  };
}

/** Awaits a command's ack and fails the test with the server's reason if it was refused. */
export async function ok<T>(
  p: Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }>,
): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`refused: ${r.error.code}: ${r.error.message}`);
  return r.data;
}

export const errorCode = async (p: Promise<{ ok: boolean; error?: { code: string } }>): Promise<string | undefined> =>
  (await p).error?.code;

/** Everything a client has received, welcome backlog included, as one string: to prove a text never arrived. */
export const everything = (events: readonly VisibleEvent[], welcome: { events: VisibleEvent[] }): string =>
  JSON.stringify([...welcome.events, ...events]);
