import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import express, { Router } from 'express';
import { precompressed } from './precompressed.js';

/** Pages whose link carries a key or token in its fragment: never stored (see noStore). */
const TOKEN_PAGE = /^\/(facilitator|host|screen|organiser)(\/|$)/;

/** The built client: hashed assets cached for a year, and index.html for every page route (the client routes itself). */
export function staticClient(clientDir: string): Router {
  const router = Router();
  const index = join(clientDir, 'index.html');
  router.use('/assets', precompressed(join(clientDir, 'assets')));
  router.use(
    '/assets',
    express.static(join(clientDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  router.use(
    express.static(clientDir, {
      index: false,
      maxAge: '1h',
      // The service worker is checked for a new version on every page load: no HTTP cache may keep it.
      setHeaders: (res, path) => {
        if (basename(path) === 'sw.js') res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  router.get(/^\/(?!api\/|socket\.io\/|healthz).*/, (req, res) => {
    res.setHeader('Cache-Control', TOKEN_PAGE.test(req.path) ? 'no-store' : 'no-cache');
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text/plain')
        .send('The client is not built yet. Run `npm run build` (npm start does it for you).');
      return;
    }
    res.sendFile(index);
  });
  return router;
}
