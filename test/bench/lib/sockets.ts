import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../../shared/src/constants.js';

/** The token in a role link's fragment. */
export const tokenOf = (link: string): string => new URL(link).hash.slice(1);

/** A socket.io client in a role (token) or as a phone (joinCode + participantKey), resolved on its welcome. */
export function open(base: string, auth: Record<string, unknown>): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = io(base, {
      transports: ['websocket'],
      auth: { v: PROTOCOL_VERSION, lastSeq: 0, ...auth },
      reconnection: false,
      forceNew: true,
    });
    const timer = setTimeout(() => reject(new Error('no welcome within 20 s')), 20_000);
    s.once('welcome', () => {
      clearTimeout(timer);
      resolve(s);
    });
    s.once('connect_error', (e) => reject(e));
  });
}
