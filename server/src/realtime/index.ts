import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { visibleTo } from '@kafe/shared/projection';
import { compressRedacted } from '@kafe/shared/stream';
import { MAX_PAYLOAD_BYTES, PROTOCOL_VERSION, type Welcome } from '@kafe/shared/protocol';
import type { AppContext } from '../context.js';
import { originAllowed } from '../origin.js';
import { linksFor } from '../workshops/links.js';
import { Broadcaster } from './broadcast.js';
import { registerCommands } from './commands.js';
import { authenticate } from './handshake.js';
import { attendanceTracker, recordJoin } from './participants.js';
import { presenceNotifier } from './presence.js';
import { rooms, roomsOf } from './rooms.js';
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
  const notifyPresence = presenceNotifier(io);
  const trackAttendance = attendanceTracker(ctx, io);

  io.use((socket, next) => {
    const ip = socket.handshake.address;
    authenticate(ctx, socket.handshake.auth, ip).then(
      (result) => {
        if (result.ok) {
          socket.data = result.session;
          return next();
        }
        next(Object.assign(new Error(result.error.message), { data: result.error }));
      },
      (err: unknown) => {
        console.error('handshake failed:', err);
        next(Object.assign(new Error('the server could not check this link'), { data: { code: 'internal', message: 'the server could not check this link' } }));
      },
    );
  });

  // A replaced link: every page still open with it is disconnected; its reconnect is refused ("replaced by a new one").
  ctx.onLinkRevoked((workshopId, target) => {
    const room = target.role === 'screen' ? rooms.screen(workshopId) : rooms.host(workshopId, target.table);
    io.in(room).disconnectSockets(true);
  });
  const broadcaster = new Broadcaster(io);
  ctx.registry.onAppend((runtime, event) => broadcaster.send(runtime, event));
  const themes = attachThemes(io, ctx.registry);
  http.once('close', () => themes.close());

  io.on('connection', (socket: IoSocket) => {
    // Handlers first, synchronously: socket.io drops whatever arrives before a handler exists, and a client may send
    // (time pings, its outbox) the moment it is connected. Commands wait for the workshop to be loaded.
    socket.on('time:sync', (t0: unknown, ack: unknown) => {
      if (typeof ack === 'function' && typeof t0 === 'number' && Number.isFinite(t0)) ack({ t0, server: ctx.now() });
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
    if (session.viewer.role === 'participant') await recordJoin(ctx, runtime, session.viewer.participantId, session.seat);
    const joinCode = (await ctx.repo.joinCodeOf(session.workshopId)) ?? '';
    const links = session.facilitatorToken ? await facilitatorLinks(session.workshopId, session.facilitatorToken, joinCode) : null;
    if (!socket.connected) return;
    // Join the rooms and read the backlog in the same tick: no event can fall between the two.
    void socket.join(roomsOf(session.workshopId, session.viewer));
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
    if (session.viewer.role === 'participant') trackAttendance(runtime);
    socket.on('disconnect', () => notifyPresence(session.workshopId, tables));
  }

  async function facilitatorLinks(workshopId: string, facilitatorToken: string, joinCode: string) {
    const tokens = await ctx.repo.roleTokens(workshopId, facilitatorToken);
    return tokens ? linksFor(ctx.publicUrl, { joinCode, facilitatorToken, ...tokens }) : null;
  }

  return io;
}
