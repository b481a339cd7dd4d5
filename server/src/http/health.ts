import { Router } from 'express';
import type { Db } from '../store/db.js';

/** GET /healthz: the process answers and the database answers. */
export function healthRoutes(db: Db, startedAt: number): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    try {
      await db.query('select 1');
      res.json({ ok: true, store: db.kind, uptimeS: Math.round((Date.now() - startedAt) / 1000) });
    } catch {
      res.status(503).json({ ok: false, store: db.kind, error: 'the database does not answer' });
    }
  });
  return router;
}
