import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { visibleTo } from '@kafe/shared/projection';
import { compressRedacted } from '@kafe/shared/stream';
import { MAX_PAYLOAD_BYTES, PROTOCOL_VERSION, type Welcome } from '@kafe/shared/protocol';
import { TokenBucket } from '../limits/tokenBucket.js';
import type { AppContext } from '../context.js';
import { originAllowed } from '../origin.js';
import { linksFor } from '../workshops/links.js';
import { admission } from './admission.js';
import { Broadcaster } from './broadcast.js';
import { Revocations } from './revocations.js';
import { isAck, registerCommands } from './commands.js';
import { attendanceTracker, recordJoin } from './participants.js';
import { presenceNotifier } from './presence.js';
import { roomsOf } from './rooms.js';
import { attachThemes } from '../themes/realtime.js';
import type { WorkshopRuntime } from '../workshops/runtime.js';
import type { IoServer, IoSocket } from './types.js';

/** socket.io on the HTTP server: handshake, welcome with the missing events, commands, clock sync, presence. */
export function attachRealtime(http: HttpServer, ctx: AppContext): IoServer {
  const io: IoServer = new Server(http, {
    maxHttpBufferSize: MAX_PAYLOAD_BYTES,
    serveClient: false,
    allowRequest: (req, callback) => callback(null, originAllowed(req, ctx.origins)),
    pingInterval: 10_000,
    pingTimeout: 8_000,
  });
  const notifyPresence = presenceNotifier(io, ctx.presence);
  const trackAttendance = attendanceTracker(ctx, io);

  io.use(admission(ctx));

  // A replaced link: every page still open with it is disconnected; its reconnect is refused ("replaced by a new one").
  const revocations = new Revocations(ctx, io);
  // A deleted workshop: every page still open on it is told so and dropped; its reconnect finds no workshop.
  ctx.onWorkshopDeleted((workshopId) => {
    for (const socket of io.of('/').sockets.values()) {
      if (socket.data.workshopId !== workshopId) continue;
      socket.emit('fatal', { code: 'not_found', message: 'this workshop has been deleted' });
      socket.disconnect(true);
    }
  });
  const broadcaster = new Broadcaster(io);
  ctx.registry.onAppend((runtime, event) => broadcaster.send(runtime, event));
  ctx.registry.onEvict((workshopId) => broadcaster.forget(workshopId));
  const themes = attachThemes(io, ctx.registry, ctx.workers);
  http.once('close', () => themes.close());

  io.on('connection', (socket: IoSocket) => {
    // Handlers first, synchronously: socket.io drops whatever arrives before a handler exists, and a client may send
    // (time pings, its outbox) the moment it is connected. Commands wait for the workshop to be loaded.
    // Counted before the workshop is loaded, so it is not let go while this socket waits for its welcome.
    const { workshopId } = socket.data;
    ctx.registry.socketConnected(workshopId);
    socket.on('disconnect', () => ctx.registry.socketDisconnected(workshopId));
    // Pings are cheap but not free: a sync sends 8 at once, about once a minute; a loop of them is dropped unanswered.
    const pings = new TokenBucket(ctx.limits.timeSyncPerSecond, ctx.limits.timeSyncBurst, ctx.now);
    socket.on('time:sync', (t0: unknown, ack: unknown) => {
      if (isAck(ack) && typeof t0 === 'number' && Number.isFinite(t0) && pings.take()) ack({ t0, server: ctx.now() });
    });
    const runtime = ctx.registry.get(socket.data.workshopId);
    registerCommands(ctx, socket, runtime);
    void welcome(socket, runtime).catch((err: unknown) => {
      console.error('welcome failed:', err);
      socket.emit('fatal', { code: 'internal', message: 'the server could not load this workshop' });
      socket.disconnect(true);
    });
  });

  async function welcome(socket: IoSocket, loading: Promise<WorkshopRuntime | null>): Promise<void> {
    const session = socket.data;
    const runtime = await loading;
    if (!runtime) {
      socket.emit('fatal', { code: 'not_found', message: 'this workshop no longer exists' });
      socket.disconnect(true);
      return;
    }
    if (session.viewer.role === 'participant') {
      const joined = await recordJoin(ctx, runtime, session.viewer.participantId, session.seat);
      if (!joined.ok) {
        // A full workshop is final for this phone; anything else (a workshop reloading) is worth a retry: closing the
        // transport, not the socket, lets the phone's socket.io reconnect by itself.
        if (joined.error.code === 'full') {
          socket.emit('fatal', joined.error);
          socket.disconnect(true);
        } else socket.conn.close();
        return;
      }
    }
    // A page that has seen more than this process (it was served by another one that went away): fetch what the other
    // processes appended first, so it resumes from its own seq instead of being reset.
    if (session.lastSeq > runtime.lastSeq) await runtime.sync();
    const joinCode = session.joinCode ?? (await ctx.workshops.joinCodeOf(session.workshopId)) ?? '';
    const links = session.facilitatorToken
      ? await facilitatorLinks(session.workshopId, session.facilitatorToken, joinCode)
      : null;
    if (!(await revocations.stillValid(socket))) {
      socket.emit('fatal', {
        code: 'forbidden',
        message: 'this link has been replaced by a new one; ask the facilitator',
      });
      socket.disconnect(true);
      return;
    }
    if (!socket.connected) return;
    // Join the rooms and read the backlog in the same tick: no event can fall between the two (nor a replaced link's drop).
    const viewerRooms = roomsOf(session.workshopId, session.viewer);
    void socket.join(viewerRooms);
    broadcaster.joined(session.workshopId, viewerRooms, runtime.lastSeq);
    const ahead = session.lastSeq > runtime.lastSeq;
    const backlog = runtime.since(ahead ? 0 : session.lastSeq);
    const message: Welcome = {
      protocol: PROTOCOL_VERSION,
      workshopId: session.workshopId,
      role: session.viewer.role,
      table: session.viewer.role === 'host' ? session.viewer.table : null,
      participantId: session.viewer.role === 'participant' ? session.viewer.participantId : null,
      reset: ahead,
      events: compressRedacted(backlog.map((e) => visibleTo(session.viewer, e, runtime.state))),
      joinCode,
      joinUrl: `${ctx.publicUrl}/join/${joinCode}`,
      links,
    };
    socket.emit('welcome', message);
    themes.welcome(socket, runtime);
    const tables = runtime.state.definition?.tables ?? 0;
    notifyPresence(session.workshopId, tables);
    if (session.viewer.role === 'participant') trackAttendance(session.workshopId);
    socket.on('disconnect', () => notifyPresence(session.workshopId, tables));
  }

  async function facilitatorLinks(workshopId: string, facilitatorToken: string, joinCode: string) {
    const tokens = await ctx.repo.roleTokens(workshopId, facilitatorToken);
    return tokens ? linksFor(ctx.publicUrl, { joinCode, facilitatorToken, ...tokens }) : null;
  }

  return io;
}
