import type { IncomingMessage } from 'node:http';

/** One allowed host: a name or address, and a port (null: the scheme's default, as in `kafe.example`). */
interface HostEntry {
  hostname: string;
  port: string | null;
}

/** Which browser origins may call the API and open sockets: PUBLIC_URL's, and pages on the allowed hosts. */
export interface AllowedOrigins {
  publicOrigin: string;
  hosts: readonly HostEntry[];
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Parses one `host[:port]` of ALLOWED_HOSTS (lower-cased, IPv6 in brackets). Throws a message that names the entry,
 * for readConfig to print.
 */
export function parseHostEntry(entry: string): HostEntry {
  const trimmed = entry.trim().toLowerCase();
  let url: URL;
  try {
    url = new URL(`http://${trimmed}`);
  } catch {
    throw new Error(`ALLOWED_HOSTS: "${entry}" is not a host name or address (host or host:port)`);
  }
  if (!trimmed || /[/?#@\s]/.test(trimmed)) {
    throw new Error(
      `ALLOWED_HOSTS: "${entry}" is not a host name or address (host or host:port, without a scheme or path)`,
    );
  }
  // The hostname as browsers send it in Origin (an IDN in punycode); the port as written (URL drops a default one).
  return { hostname: url.hostname, port: /:(\d+)$/.exec(trimmed)?.[1] ?? null };
}

/** What `originAllowed` checks against, built once at start. */
export function allowedOrigins(publicUrl: string, hosts: readonly string[]): AllowedOrigins {
  return { publicOrigin: new URL(publicUrl).origin, hosts: hosts.map(parseHostEntry) };
}

/**
 * Without ALLOWED_HOSTS: PUBLIC_URL's host, and this machine by its loopback names at PUBLIC_URL's port (a laptop
 * opening its own server). readConfig adds the LAN addresses.
 */
export function defaultAllowedHosts(publicUrl: string, port?: number): string[] {
  const url = new URL(publicUrl);
  const at = port ?? (url.port || (url.protocol === 'https:' ? '443' : '80'));
  return [url.host, `localhost:${at}`, `127.0.0.1:${at}`, `[::1]:${at}`];
}

function portOf(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '');
}

function matches(entry: HostEntry, origin: URL): boolean {
  if (entry.hostname !== origin.hostname) return false;
  // An entry without a port stands for the scheme's default one; with one, that port whatever the scheme.
  return entry.port === null ? origin.port === '' : entry.port === portOf(origin);
}

/**
 * A browser's Origin must be PUBLIC_URL's origin or on one of the allowed hosts. The request's own Host header is not
 * enough: a page on an attacker's name that resolves to this server (DNS rebinding) sends a matching Host. The one
 * exception is a loopback name: a page whose origin is 127.0.0.1 or localhost was served from this very machine, so
 * it is trusted on whatever port the request came in (a local proxy in front of the server).
 * Requests without an Origin come from non-browser clients (tests, scripts), which carry no ambient credentials
 * worth forging.
 */
export function originAllowed(req: Pick<IncomingMessage, 'headers'>, allowed: AllowedOrigins): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.origin === allowed.publicOrigin) return true;
  if (allowed.hosts.some((h) => matches(h, parsed))) return true;
  return LOOPBACK.has(parsed.hostname) && parsed.host === req.headers.host?.toLowerCase();
}
