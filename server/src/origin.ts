import type { IncomingMessage } from 'node:http';

/**
 * A browser's Origin must be the page's own origin (the Host it asked for) or PUBLIC_URL's. Requests without an Origin
 * come from non-browser clients (tests, scripts), which carry no ambient credentials worth forging.
 */
export function originAllowed(req: IncomingMessage, publicUrl: string): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin === new URL(publicUrl).origin) return true;
  return parsed.host === req.headers.host;
}
