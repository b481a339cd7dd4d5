// readConfig: what npm start refuses before it opens anything (main.ts prints the message and exits 1).
import { describe, expect, it } from 'vitest';
import { MIN_ORGANISER_KEY_LENGTH, readConfig } from '../../server/src/config.js';

const base = { PUBLIC_URL: 'http://127.0.0.1:3000' };

describe('ORGANISER_KEY', () => {
  it('refuses a key shorter than 16 characters, saying how long it must be', () => {
    expect(MIN_ORGANISER_KEY_LENGTH).toBe(16);
    expect(() => readConfig({ ...base, ORGANISER_KEY: 'hemmelig' })).toThrow(
      /ORGANISER_KEY is 8 characters long; it must have at least 16/,
    );
    expect(() => readConfig({ ...base, ORGANISER_KEY: 'a'.repeat(15) })).toThrow(/at least 16/);
  });

  it('accepts 16 characters or more, and no key at all (one is generated)', () => {
    expect(readConfig({ ...base, ORGANISER_KEY: 'a'.repeat(16) }).organiserKey).toBe('a'.repeat(16));
    expect(readConfig({ ...base, ORGANISER_KEY: '' }).organiserKey).toBeUndefined();
    expect(readConfig(base).organiserKey).toBeUndefined();
  });
});

describe('ALLOWED_HOSTS', () => {
  it("defaults to PUBLIC_URL's host, localhost and 127.0.0.1 at PORT, and the LAN addresses at PORT", () => {
    const hosts = readConfig({ PORT: '3100', PUBLIC_URL: 'https://kafe.example' }).allowedHosts;
    expect(hosts).toEqual(expect.arrayContaining(['kafe.example', 'localhost:3100', '127.0.0.1:3100']));
    for (const h of hosts.slice(4)) expect(h).toMatch(/^\d+\.\d+\.\d+\.\d+:3100$/);
  });

  it('is a comma-separated host[:port] list when set, and a bad entry stops the start with its name', () => {
    expect(readConfig({ ...base, ALLOWED_HOSTS: 'kafe.example, 10.0.0.5:3000' }).allowedHosts).toEqual([
      'kafe.example',
      '10.0.0.5:3000',
    ]);
    expect(() => readConfig({ ...base, ALLOWED_HOSTS: 'http://kafe.example/' })).toThrow(
      /ALLOWED_HOSTS: "http:\/\/kafe.example\/"/,
    );
  });
});

describe('MAX_PARTICIPANTS and MAX_CONNECTIONS_PER_IP', () => {
  it('are unset by default (the app uses 2,000 and 1,000), taken when whole numbers, and refused otherwise', () => {
    expect(readConfig(base).limits).toEqual({});
    expect(readConfig({ ...base, MAX_PARTICIPANTS: '300', MAX_CONNECTIONS_PER_IP: '5000' }).limits).toEqual({
      maxParticipants: 300,
      maxConnectionsPerIp: 5000,
    });
    expect(() => readConfig({ ...base, MAX_PARTICIPANTS: '20000' })).toThrow(
      /MAX_PARTICIPANTS must be a whole number from 1 to 10000/,
    );
    expect(() => readConfig({ ...base, MAX_CONNECTIONS_PER_IP: 'many' })).toThrow(/MAX_CONNECTIONS_PER_IP/);
  });
});

describe('RETENTION_DAYS', () => {
  it('is 180 by default, taken when a whole number of days, and refused otherwise', () => {
    expect(readConfig(base).retentionDays).toBe(180);
    expect(readConfig({ ...base, RETENTION_DAYS: '30' }).retentionDays).toBe(30);
    expect(() => readConfig({ ...base, RETENTION_DAYS: '0' })).toThrow(/RETENTION_DAYS must be a whole number from 1/);
    expect(() => readConfig({ ...base, RETENTION_DAYS: 'forever' })).toThrow(/RETENTION_DAYS/);
  });
});

describe('TLS_CERT and TLS_KEY', () => {
  const cert = new URL('../fixtures/tls/localhost.crt', import.meta.url).pathname;
  const key = new URL('../fixtures/tls/localhost.key', import.meta.url).pathname;

  it('are read at start, and make the default links https', () => {
    const config = readConfig({ PORT: '3443', TLS_CERT: cert, TLS_KEY: key });
    expect(config.tls?.cert.toString()).toMatch(/BEGIN CERTIFICATE/);
    expect(config.tls?.key.toString()).toMatch(/PRIVATE KEY/);
    expect(config.publicUrl).toMatch(/^https:\/\/[^/]+:3443$/);
    expect(readConfig({ PORT: '3000' }).tls).toBeUndefined();
    expect(readConfig({ PORT: '3000' }).publicUrl).toMatch(/^http:\/\//);
  });

  it('go together, and a path that cannot be read stops the start with its name', () => {
    expect(() => readConfig({ ...base, TLS_CERT: cert })).toThrow(/TLS_CERT and TLS_KEY go together/);
    expect(() => readConfig({ ...base, TLS_KEY: key })).toThrow(/TLS_CERT and TLS_KEY go together/);
    expect(() => readConfig({ ...base, TLS_CERT: '/nope/cert.pem', TLS_KEY: key })).toThrow(
      /TLS_CERT: cannot read "\/nope\/cert.pem"/,
    );
  });
});
