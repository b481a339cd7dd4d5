import helmet from 'helmet';
import type { RequestHandler } from 'express';
import { PRINT_CSS_HASH, PRINT_JS_HASH } from '../export/printAssets.js';

/**
 * Strict CSP: everything from our own origin, no inline scripts, no third parties. The one exception is the harvest
 * print page's own stylesheet and print button, admitted by hash, so the page is self-contained (export/printAssets.ts). The app is often served over plain
 * http on a venue LAN, so no upgrade-insecure-requests and no HSTS (both would break it there).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", PRINT_JS_HASH],
        styleSrc: ["'self'", PRINT_CSS_HASH],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        // The app shell's service worker (/sw.js) and the web app manifest: our own origin only.
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        mediaSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Our own pages only: the facilitator's console shows the projector page as a live miniature in a frame.
        frameAncestors: ["'self'"],
      },
    },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * For every answer that carries a key or token (a new workshop's links, a replaced link, an import) and the pages whose
 * fragment holds one: no browser, proxy or back-forward cache may keep a copy on a shared machine.
 */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};
