import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { RequestHandler } from 'express';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves the .br or .gz twin of a hashed asset when the browser accepts it (scripts/precompress.mjs makes them at
 * build time). Falls through to the plain file otherwise.
 */
export function precompressed(assetsDir: string): RequestHandler {
  return (req, res, next) => {
    const type = TYPES[extname(req.path)];
    const accepts = req.headers['accept-encoding'] ?? '';
    if (!type || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next();
      return;
    }
    const file = normalize(join(assetsDir, req.path));
    if (!file.startsWith(assetsDir)) {
      next();
      return;
    }
    for (const [encoding, suffix] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ] as const) {
      if (!new RegExp(`\\b${encoding}\\b`).test(accepts) || !existsSync(file + suffix)) continue;
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Type', type);
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      res.sendFile(file + suffix);
      return;
    }
    next();
  };
}
