// Which browser origins may call the API and open sockets (server/src/origin.ts): PUBLIC_URL's, the allowed hosts,
// and never merely "the Host the request names", which a DNS-rebinding page satisfies.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { allowedOrigins, defaultAllowedHosts, originAllowed, parseHostEntry } from '../../server/src/origin.js';

// originAllowed reads only these two headers; a plain object stands in for the socket-bound request.
const request = (origin: string | undefined, host: string): Pick<IncomingMessage, 'headers'> => ({
  headers: { origin, host },
});

describe('originAllowed', () => {
  const allowed = allowedOrigins('http://192.168.1.20:3000', defaultAllowedHosts('http://192.168.1.20:3000', 3000));

  it("accepts PUBLIC_URL's origin, and this machine by its loopback names at the port", () => {
    for (const origin of [
      'http://192.168.1.20:3000',
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
    ]) {
      expect(originAllowed(request(origin, '192.168.1.20:3000'), allowed), origin).toBe(true);
    }
  });

  it('refuses a DNS-rebinding page, whose Host matches its own origin', () => {
    expect(originAllowed(request('http://evil.example:3000', 'evil.example:3000'), allowed)).toBe(false);
    expect(originAllowed(request('http://rebind.attacker.test', 'rebind.attacker.test'), allowed)).toBe(false);
  });

  it('refuses other sites, other ports and other schemes', () => {
    expect(originAllowed(request('http://evil.example', '192.168.1.20:3000'), allowed)).toBe(false);
    expect(originAllowed(request('http://192.168.1.20:3001', '192.168.1.20:3000'), allowed)).toBe(false);
    expect(originAllowed(request('http://127.0.0.1:1', '127.0.0.1:3000'), allowed)).toBe(false);
    expect(originAllowed(request('file://', '192.168.1.20:3000'), allowed)).toBe(false);
    expect(originAllowed(request('null', '192.168.1.20:3000'), allowed)).toBe(false);
  });

  it('accepts a loopback page on the port it came in through (a local proxy), as only this machine can serve one', () => {
    expect(originAllowed(request('http://127.0.0.1:45000', '127.0.0.1:45000'), allowed)).toBe(true);
    expect(originAllowed(request('http://localhost:45000', 'localhost:45000'), allowed)).toBe(true);
  });

  it('lets requests without an Origin through (scripts and tests, no ambient credentials)', () => {
    expect(originAllowed(request(undefined, 'anything'), allowed)).toBe(true);
  });

  it("accepts configured host names, with the scheme's default port when none is given", () => {
    const behindProxy = allowedOrigins('https://kafe.example', [
      'kafe.example',
      'intranett.example:8443',
      'Stor.Example',
    ]);
    expect(originAllowed(request('https://kafe.example', 'internal:3000'), behindProxy)).toBe(true);
    expect(originAllowed(request('http://kafe.example', 'internal:3000'), behindProxy)).toBe(true);
    expect(originAllowed(request('https://intranett.example:8443', 'internal:3000'), behindProxy)).toBe(true);
    expect(originAllowed(request('https://stor.example', 'internal:3000'), behindProxy)).toBe(true);
    expect(originAllowed(request('https://kafe.example:8443', 'kafe.example:8443'), behindProxy)).toBe(false);
    expect(originAllowed(request('https://intranett.example', 'intranett.example'), behindProxy)).toBe(false);
  });
});

describe('parseHostEntry', () => {
  it('reads host and host:port, and refuses URLs and paths with a message naming the entry', () => {
    expect(parseHostEntry('kafe.example')).toEqual({ hostname: 'kafe.example', port: null });
    expect(parseHostEntry(' 10.0.0.5:3000 ')).toEqual({ hostname: '10.0.0.5', port: '3000' });
    expect(parseHostEntry('[::1]:3000')).toEqual({ hostname: '[::1]', port: '3000' });
    expect(() => parseHostEntry('https://kafe.example')).toThrow(/ALLOWED_HOSTS: "https:\/\/kafe.example"/);
    expect(() => parseHostEntry('kafe.example/app')).toThrow(/ALLOWED_HOSTS/);
    expect(() => parseHostEntry('kafe.example:99999')).toThrow(/ALLOWED_HOSTS/);
  });
});
