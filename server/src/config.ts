import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { LIMITS } from '@kafe/shared/constants';
import type { LimitSettings } from './limits/appLimits.js';
import { defaultAllowedHosts, parseHostEntry } from './origin.js';
import { DEFAULT_RETENTION_DAYS } from './workshops/retention.js';

export interface Config {
  port: number;
  host: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  organiserKey: string | undefined;
  /** Base of every printed link and QR code, without a trailing slash. */
  publicUrl: string;
  /**
   * Hosts (host[:port]) whose pages may call the API and open sockets, besides PUBLIC_URL's origin. From
   * ALLOWED_HOSTS; by default PUBLIC_URL's host, localhost, 127.0.0.1 and this machine's LAN addresses at PORT.
   */
  allowedHosts: string[];
  /** Where the built client is served from. */
  clientDir: string;
  /** RETENTION_DAYS: days after its date that a workshop is deleted by itself (workshops/retention.ts). */
  retentionDays: number;
  /** TLS_CERT and TLS_KEY (PEM files), read at start: the server speaks HTTPS itself. */
  tls: { cert: Buffer; key: Buffer } | undefined;
  /** MAX_PARTICIPANTS and MAX_CONNECTIONS_PER_IP, where set. */
  limits: Partial<Pick<LimitSettings, 'maxParticipants' | 'maxConnectionsPerIp'>>;
}

/** A whole number from the environment within [min, max], or undefined when unset; anything else stops the start. */
function wholeNumberFrom(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return n;
}

function limitsFrom(env: NodeJS.ProcessEnv): Config['limits'] {
  const maxParticipants = wholeNumberFrom(env, 'MAX_PARTICIPANTS', 1, LIMITS.participants);
  const maxConnectionsPerIp = wholeNumberFrom(env, 'MAX_CONNECTIONS_PER_IP', 1, 1_000_000);
  return {
    ...(maxParticipants !== undefined ? { maxParticipants } : {}),
    ...(maxConnectionsPerIp !== undefined ? { maxConnectionsPerIp } : {}),
  };
}

/**
 * TLS_CERT and TLS_KEY: both or neither. Read once at start, so a wrong path stops the start with its name instead of
 * failing on the first visitor.
 */
function tlsFrom(env: NodeJS.ProcessEnv): Config['tls'] {
  const certPath = env.TLS_CERT?.trim();
  const keyPath = env.TLS_KEY?.trim();
  if (!certPath && !keyPath) return undefined;
  if (!certPath || !keyPath) throw new Error('TLS_CERT and TLS_KEY go together: set both (PEM files) or neither');
  const read = (name: string, path: string): Buffer => {
    try {
      return readFileSync(resolve(path));
    } catch (err) {
      throw new Error(`${name}: cannot read "${path}" (${err instanceof Error ? err.message : String(err)})`);
    }
  };
  return { cert: read('TLS_CERT', certPath), key: read('TLS_KEY', keyPath) };
}

/** The machine's first non-internal IPv4 address: what phones on the venue Wi-Fi can reach. */
export function lanAddress(): string {
  return lanAddresses()[0] ?? 'localhost';
}

/**
 * A key someone chose by hand can be guessed; wrong guesses are slowed, but a short key falls to patience. 16 characters
 * of anything leaves far more than a workshop's lifetime of guesses; a generated key has 128 random bits.
 */
export const MIN_ORGANISER_KEY_LENGTH = 16;

function organiserKeyFrom(env: NodeJS.ProcessEnv): string | undefined {
  const key = env.ORGANISER_KEY;
  if (!key) return undefined;
  if (key.length < MIN_ORGANISER_KEY_LENGTH) {
    throw new Error(
      `ORGANISER_KEY is ${key.length} characters long; it must have at least ${MIN_ORGANISER_KEY_LENGTH} ` +
        '(e.g. `openssl rand -base64 24`), or leave it unset and a random key is generated and printed once',
    );
  }
  return key;
}

/** Every non-internal IPv4 address of this machine: the names phones and laptops on the venue Wi-Fi may use. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) =>
    (list ?? []).filter((nic) => nic.family === 'IPv4' && !nic.internal).map((nic) => nic.address),
  );
}

function allowedHostsFrom(env: NodeJS.ProcessEnv, publicUrl: string, port: number): string[] {
  if (env.ALLOWED_HOSTS?.trim()) {
    const hosts = env.ALLOWED_HOSTS.split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    hosts.forEach(parseHostEntry);
    return hosts;
  }
  return [...new Set([...defaultAllowedHosts(publicUrl, port), ...lanAddresses().map((a) => `${a}:${port}`)])];
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const tls = tlsFrom(env);
  // With TLS_CERT/TLS_KEY the printed links are https; behind an HTTPS proxy, PUBLIC_URL=https://… says so.
  const publicUrl = (env.PUBLIC_URL ?? `${tls ? 'https' : 'http'}://${lanAddress()}:${port}`).replace(/\/+$/, '');
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
    organiserKey: organiserKeyFrom(env),
    publicUrl,
    allowedHosts: allowedHostsFrom(env, publicUrl, port),
    clientDir: resolve(new URL('../../client/dist', import.meta.url).pathname),
    tls,
    limits: limitsFrom(env),
    retentionDays: wholeNumberFrom(env, 'RETENTION_DAYS', 1, 36_500) ?? DEFAULT_RETENTION_DAYS,
  };
}
