import type { AppContext } from '../context.js';
import type { RevokedLink } from '../workshops/regenerate.js';
import { roomsOf } from './rooms.js';
import type { IoServer, IoSocket } from './types.js';

const keyOf = (workshopId: string, target: RevokedLink): string =>
  `${workshopId}:${target.role}:${target.role === 'host' ? target.table : ''}`;

/**
 * Replaced links, as they happen. A replaced link's open pages are dropped at once (their reconnect is refused as
 * replaced). A page whose handshake read its token as valid just before the replacement committed would slip past
 * that drop by joining its rooms a moment later, so a welcome checks its token again right before it joins: see
 * `stillValid`.
 */
export class Revocations {
  /** How often each link has been replaced since this process started: a change means "read the token again". */
  private readonly generations = new Map<string, number>();

  constructor(
    private readonly ctx: AppContext,
    io: IoServer,
  ) {
    ctx.onLinkRevoked((workshopId, target) => {
      const key = keyOf(workshopId, target);
      this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
      // A replaced link is a viewer of its own room (the facilitator's, the screen's or its table's).
      io.in(roomsOf(workshopId, target)).disconnectSockets(true);
    });
  }

  /**
   * Whether the socket's token is still valid. The caller joins its rooms in the same tick as a true answer: a
   * replacement committed before the last read is seen by it; one counted after it finds the socket in its room.
   */
  async stillValid(socket: IoSocket): Promise<boolean> {
    const { roleToken, workshopId, viewer } = socket.data;
    if (roleToken === null || viewer.role === 'participant') return true;
    const key = keyOf(
      workshopId,
      viewer.role === 'host' ? { role: 'host', table: viewer.table } : { role: viewer.role },
    );
    for (;;) {
      const generation = this.generations.get(key) ?? 0;
      const grant = await this.ctx.repo.findToken(roleToken);
      if (!grant || grant.revoked) return false;
      if ((this.generations.get(key) ?? 0) === generation) return true;
    }
  }
}
