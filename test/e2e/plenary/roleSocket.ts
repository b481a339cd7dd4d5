// A role over socket.io for scripted workshops (browser tests, npm run screenshots): what a facilitator, a table
// host or a phone would send, without a browser page for each. It keeps the themes the server pushes, so a vote can be
// opened on them.
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '@kafe/shared/constants';
import type { ThemesMessage } from '@kafe/shared/protocol';

export interface RoleSocket {
  send(name: string, payload?: Record<string, unknown>): Promise<unknown>;
  /** The latest themes of a question the server pushed to this socket (facilitator and screen receive them). */
  themes(questionId: string): ThemesMessage['themes'];
  close(): void;
}

export type RoleAuth = { token: string } | { joinCode: string; participantKey?: string; table?: number };

export async function roleSocket(base: string, auth: RoleAuth): Promise<RoleSocket> {
  const full = 'joinCode' in auth ? { participantKey: `script-${randomUUID()}`, ...auth } : auth;
  const socket: Socket = io(base, {
    transports: ['websocket'],
    auth: { v: PROTOCOL_VERSION, lastSeq: 0, ...full },
    forceNew: true,
    reconnection: false,
  });
  const themes = new Map<string, ThemesMessage['themes']>();
  socket.on('themes', (t: ThemesMessage) => themes.set(t.questionId, t.themes));
  await new Promise<void>((resolve, reject) => {
    socket.once('welcome', () => resolve());
    socket.once('connect_error', reject);
    socket.once('fatal', (e: unknown) => reject(new Error(`refused: ${JSON.stringify(e)}`)));
  });
  return {
    async send(name, payload = {}) {
      const r: unknown = await socket.timeout(10_000).emitWithAck(name, { opId: randomUUID(), ...payload });
      if (typeof r !== 'object' || r === null || !('ok' in r) || r.ok !== true)
        throw new Error(`${name} refused: ${JSON.stringify(r)}`);
      return 'data' in r ? r.data : undefined;
    },
    themes: (questionId) => themes.get(questionId) ?? [],
    close: () => void socket.disconnect(),
  };
}
