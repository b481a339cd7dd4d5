import type { CommandError } from '@kafe/shared/protocol';
import type { AppContext } from '../context.js';
import { authenticate } from './handshake.js';
import type { IoSocket } from './types.js';

/**
 * The handshake middleware: the per-address caps on open and in-check connections, then the credential. A refusal
 * reaches the client as connect_error with {code, message} in its data.
 */
export function admission(ctx: AppContext): (socket: IoSocket, next: (err?: Error) => void) => void {
  return (socket, next) => {
    const ip = socket.handshake.address;
    const refuse = (error: CommandError): void => next(Object.assign(new Error(error.message), { data: error }));
    // Counted before the credential is checked, so a flood of slow handshakes counts too. Given back when the
    // transport closes: that fires whatever happened (refused, disconnected, or gone before its check finished, when
    // socket.io never emits 'disconnect').
    if (!ctx.limits.connections.tryOpen(ip)) {
      refuse({ code: 'busy', message: 'too many connections from this address' });
      return;
    }
    socket.conn.once('close', () => ctx.limits.connections.close(ip));
    // Handshakes of one address being checked at once, capped: guesses sent in parallel wait for nothing, they are refused.
    if (!ctx.limits.handshaking.tryOpen(ip)) {
      refuse({ code: 'busy', message: 'too many connections at once from this address' });
      return;
    }
    authenticate(ctx, socket.handshake.auth, ip)
      .then(
        (result) => {
          if (!result.ok) {
            refuse(result.error);
            return;
          }
          socket.data = result.session;
          ctx.workers.warm(); // a workshop is being run: its themes and exports will want the worker thread
          next();
        },
        (err: unknown) => {
          console.error('handshake failed:', err);
          refuse({ code: 'internal', message: 'the server could not check this link' });
        },
      )
      .finally(() => ctx.limits.handshaking.close(ip));
  };
}
