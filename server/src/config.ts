import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  organiserKey: string | undefined;
  /** Base of every printed link and QR code, without a trailing slash. */
  publicUrl: string;
  /** Where the built client is served from. */
  clientDir: string;
}

/** The machine's first non-internal IPv4 address: what phones on the venue Wi-Fi can reach. */
export function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const nic of list ?? []) if (nic.family === 'IPv4' && !nic.internal) return nic.address;
  }
  return 'localhost';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const publicUrl = (env.PUBLIC_URL ?? `http://${lanAddress()}:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute URL, not "${publicUrl}"`);
  }
  return {
    port,
    host: env.HOST || undefined,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    organiserKey: env.ORGANISER_KEY || undefined,
    publicUrl,
    clientDir: resolve(new URL('../../client/dist', import.meta.url).pathname),
  };
}
