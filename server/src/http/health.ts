import { Router } from 'express';
import type { Stores } from '../store/stores.js';

/** GET /healthz: the process answers and the database answers. */
export function healthRoutes(stores: Pick<Stores, 'kind' | 'ping'>, startedAt: number): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    try {
      await stores.ping();
      res.json({ ok: true, store: stores.kind, uptimeS: Math.round((Date.now() - startedAt) / 1000) });
    } catch {
      res.status(503).json({ ok: false, store: stores.kind, error: 'the database does not answer' });
    }
  });
  return router;
}
