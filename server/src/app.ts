import { createServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import express from 'express';
import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { FilingFrame } from '@kafe/shared/filing';
import type { AppContext, CreatedWorkshop } from './context.js';
import { errorHandler } from './http/errors.js';
import { healthRoutes } from './http/health.js';
import { linkRoutes } from './http/links.js';
import { originGuard } from './http/originGuard.js';
import { pause, type Pause } from './http/failurePause.js';
import { allowedOrigins, defaultAllowedHosts } from './origin.js';
import { securityHeaders } from './http/security.js';
import { staticClient } from './http/staticClient.js';
import { workshopRoutes } from './http/workshops.js';
import { deletionRoutes } from './http/deletion.js';
import { exportRoutes } from './http/export.js';
import { importRoutes } from './http/import.js';
import { templateRoutes } from './http/templates.js';
import { photoRoutes } from './http/photos.js';
import { TemplateStore } from './export/templateStore.js';
import { Cluster } from './cluster/cluster.js';
import { createLimits, type LimitSettings } from './limits/appLimits.js';
import { attachRealtime } from './realtime/index.js';
import type { IoServer } from './realtime/types.js';
import type { Db } from './store/db.js';
import { storesOn } from './store/stores.js';
import { linksFor } from './workshops/links.js';
import { WorkshopRegistry } from './workshops/registry.js';
import type { RevokedLink } from './workshops/regenerate.js';
import { WorkshopRepository } from './workshops/repository.js';
import { WorkerPool } from './workers/pool.js';
import { DEFAULT_RETENTION_DAYS, RetentionSweep } from './workshops/retention.js';

export interface AppDeps {
  db: Db;
  publicUrl: string;
  organiserKeyHash: string;
  clientDir: string;
  now?: () => number;
  /** Caps and rates an operator may set (MAX_PARTICIPANTS, MAX_CONNECTIONS_PER_IP); defaults otherwise. */
  limits?: Partial<LimitSettings>;
  /** How wrong keys and tokens over HTTP wait for their answer (tests hold and release it). */
  pause?: Pause;
  /** How long a workshop with no socket stays in memory (default 10 minutes); tests shorten it to see it leave. */
  idleWorkshopMs?: number;
  /** RETENTION_DAYS: workshops are deleted this many days after their date (default 180). */
  retentionDays?: number;
  /** Hosts whose pages may call the API and open sockets (config's ALLOWED_HOSTS); default: publicUrl's host and loopback. */
  allowedHosts?: readonly string[];
  /** TLS_CERT and TLS_KEY, read: serve HTTPS directly (a secure context for the offline app and install). */
  tls?: { cert: Buffer; key: Buffer };
}

export interface App {
  http: HttpServer;
  io: IoServer;
  ctx: AppContext;
  /** Deletes the workshops whose time is up (also run at start and daily); tests call it with their own clock. */
  retention: RetentionSweep;
  close(): Promise<void>;
}

/** The whole server, built from its dependencies; main.ts and the tests both start it this way (tests on port 0). */
export function createApp(deps: AppDeps): App {
  const now = deps.now ?? Date.now;
  const stores = storesOn(deps.db);
  const store = stores.events;
  const repo = new WorkshopRepository(stores);
  const registry = new WorkshopRegistry(store, stores.workshops, { idleMs: deps.idleWorkshopMs });
  const revokedListeners: ((workshopId: string, target: RevokedLink) => void)[] = [];
  const deletedListeners: ((workshopId: string) => void)[] = [];
  const presenceListeners: ((workshopId: string | null) => void)[] = [];
  // Other processes on the same PostgreSQL: what they append, delete, replace and see connected reaches this one.
  const cluster = new Cluster(deps.db, {
    appended: (workshopId, seq, tail) => registry.follow(workshopId, seq, tail),
    resync: () => registry.followAll(),
    deleted: (workshopId) => {
      registry.deleted(workshopId);
      deletedListeners.forEach((l) => l(workshopId));
    },
    revoked: (workshopId, target) => revokedListeners.forEach((l) => l(workshopId, target)),
    presence: (workshopId) => presenceListeners.forEach((l) => l(workshopId)),
  });
  const limits = createLimits(deps.limits, now);
  const ctx: AppContext = {
    linkRevoked: (workshopId, target) => {
      revokedListeners.forEach((l) => l(workshopId, target));
      cluster.announce({ t: 'revoked', w: workshopId, target });
    },
    onLinkRevoked: (listener) => void revokedListeners.push(listener),
    async deleteWorkshop(workshopId) {
      const existed = await stores.workshops.deleteWithContent(workshopId);
      registry.deleted(workshopId);
      if (existed) {
        deletedListeners.forEach((l) => l(workshopId));
        cluster.announce({ t: 'deleted', w: workshopId });
      }
      return existed;
    },
    onWorkshopDeleted: (listener) => void deletedListeners.push(listener),
    retentionDays: deps.retentionDays ?? DEFAULT_RETENTION_DAYS,
    publicUrl: deps.publicUrl,
    organiserKeyHash: deps.organiserKeyHash,
    now,
    store,
    workshops: stores.workshops,
    tokens: stores.tokens,
    photos: stores.photos,
    repo,
    registry,
    presence: {
      board: cluster.presence,
      changedHere: (workshopId) => cluster.announce({ t: 'presence', w: workshopId }),
      onChangedElsewhere: (listener) => void presenceListeners.push(listener),
    },
    workers: new WorkerPool(),
    limits,
    pause: deps.pause ?? pause,
    origins: allowedOrigins(deps.publicUrl, deps.allowedHosts ?? defaultAllowedHosts(deps.publicUrl)),
    async createWorkshop(def: WorkshopDefinition, filing?: FilingFrame): Promise<CreatedWorkshop> {
      const secrets = await repo.create(def);
      const runtime = await registry.get(secrets.id);
      if (!runtime) throw new Error('a new workshop vanished');
      const created = await runtime.run(
        `create-${secrets.id}`,
        { role: 'organiser' },
        () => ({ ok: true, event: { type: 'workshop.created', definition: def } }),
        now,
      );
      if (!created.ok) throw new Error(created.error.message);
      if (filing) {
        const framed = await runtime.run(
          `frame-${secrets.id}`,
          // Filed as the facilitator would (the organiser only ever creates), so an export of it imports again.
          { role: 'facilitator' },
          () => ({ ok: true, event: { type: 'report.framed', frame: filing } }),
          now,
        );
        if (!framed.ok) throw new Error(framed.error.message);
      }
      return {
        id: secrets.id,
        joinCode: secrets.joinCode,
        facilitatorToken: secrets.facilitatorToken,
        links: linksFor(deps.publicUrl, secrets),
      };
    },
  };

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(healthRoutes(stores, Date.now()));
  app.use('/api', originGuard(ctx.origins));
  const templates = new TemplateStore(stores.templates);
  app.use(workshopRoutes(ctx, templates));
  app.use(importRoutes(ctx));
  app.use(exportRoutes(ctx));
  app.use(deletionRoutes(ctx));
  app.use(linkRoutes(ctx));
  app.use(templateRoutes(ctx, templates));
  app.use(photoRoutes(ctx));
  app.use(
    '/api',
    (_req, res) => void res.status(404).json({ error: { code: 'not_found', message: 'no such endpoint' } }),
  );
  app.use(staticClient(deps.clientDir));
  app.use(errorHandler);

  const http: HttpServer = deps.tls ? createHttpsServer(deps.tls, app) : createServer(app);
  const io = attachRealtime(http, ctx);
  const retention = new RetentionSweep(ctx);
  return {
    http,
    io,
    ctx,
    retention,
    async close() {
      retention.close();
      await io.close();
      ctx.registry.close();
      await cluster.close();
      if (http.listening) await new Promise<void>((resolve) => http.close(() => resolve()));
      // Worker threads would outlive the app (tests create and close many).
      await ctx.workers.close();
    },
  };
}
