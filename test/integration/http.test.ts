// The HTTP API: health, creating workshops, and what it refuses (server/src/http).
import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET } from '@kafe/shared/joinCode';
import { KEY, rawRequest, useApp } from './harness.js';
import { match } from '../fixtures/match.js';

const h = useApp();

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${h.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
const withKey = { authorization: `Bearer ${KEY}` };
const workshopCount = async (): Promise<number> =>
  Number((await h.db.query<{ n: number }>('select count(*)::int as n from workshops')).rows[0]?.n);

describe('GET /healthz', () => {
  it('answers 200 {ok: true}', async () => {
    const res = await fetch(`${h.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });
});

describe('POST /api/workshops', () => {
  it('without the organiser key: 401 with a message', async () => {
    const res = await post(JSON.stringify({ title: 'X' }));
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: { code: 'unauthorized', message: match.stringContaining('Bearer') },
    });
  });

  it('with a wrong key: 403, and nothing is created', async () => {
    const before = await workshopCount();
    const res = await post(JSON.stringify({ title: 'X' }), { authorization: 'Bearer not-the-key' });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(await workshopCount()).toBe(before);
  });

  it('with a malformed definition: 400 naming the field', async () => {
    const res = await post(JSON.stringify({ title: 42 }), withKey);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toMatch(/title/);
  });

  it('without a title: 400', async () => {
    const res = await post(JSON.stringify({ tables: 4 }), withKey);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/title/);
  });

  it('with an unknown field: 400 naming it', async () => {
    const res = await post(JSON.stringify({ title: 'X', colour: 'red' }), withKey);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/colour/);
  });

  it('with an agenda that breaks the domain rules: 400 saying which rule', async () => {
    const agenda = [{ id: 'r', kind: 'round', title: 'Runde', start: '09:00', durationMin: 20 }];
    const res = await post(JSON.stringify({ title: 'X', agenda }), withKey);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/needs a question/);
  });

  it('with an unknown time zone: 400 saying so (not a server error)', async () => {
    const res = await post(JSON.stringify({ title: 'X', timeZone: 'Europe/Atlantis' }), withKey);
    expect(await res.json()).toMatchObject({
      error: { code: 'bad_request', message: match.stringContaining('Europe/Atlantis') },
    });
    expect(res.status).toBe(400);
  });

  it('with a body that is not JSON: 400', async () => {
    const res = await post('{"title": "X",', withKey);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'bad_request', message: match.stringMatching(/JSON/) } });
  });

  it('with a body over 64 KB: 413', async () => {
    const res = await post(JSON.stringify({ title: 'X', purpose: 'x'.repeat(70 * 1024) }), withKey);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('creates a workshop: 201 with id, join code, facilitator token and absolute links for 10 tables', async () => {
    const res = await post(JSON.stringify({ title: 'Kick-off' }), withKey);
    expect(res.status).toBe(201);
    const w = (await res.json()) as {
      id: string;
      joinCode: string;
      facilitatorToken: string;
      links: { facilitator: string; screen: string; join: string; hosts: { table: number; url: string }[] };
    };
    expect(w.id).toEqual(match.any(String));
    expect(w.joinCode).toHaveLength(6);
    for (const c of w.joinCode) expect(JOIN_CODE_ALPHABET).toContain(c);
    expect(w.facilitatorToken.length).toBeGreaterThanOrEqual(20);
    expect(w.links.hosts.map((x) => x.table)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const all = [w.links.facilitator, w.links.screen, w.links.join, ...w.links.hosts.map((x) => x.url)];
    for (const link of all) expect(new URL(link).origin, link).toBe(h.url);
    expect(new URL(w.links.join).pathname).toBe(`/join/${w.joinCode}`);
    expect(new Set(w.links.hosts.map((x) => x.url)).size).toBe(10);
    // Tokens travel in the fragment, so they never reach server logs or Referer headers.
    expect(new URL(w.links.facilitator).hash.slice(1)).toBe(w.facilitatorToken);
  });

  it('honours the number of tables asked for', async () => {
    const res = await post(JSON.stringify({ title: 'Small', tables: 3 }), withKey);
    expect(res.status).toBe(201);
    expect(((await res.json()) as { links: { hosts: unknown[] } }).links.hosts).toHaveLength(3);
  });

  it('every workshop gets its own join code and tokens', async () => {
    const a = (await (await post(JSON.stringify({ title: 'A' }), withKey)).json()) as {
      id: string;
      joinCode: string;
      facilitatorToken: string;
    };
    const b = (await (await post(JSON.stringify({ title: 'B' }), withKey)).json()) as {
      id: string;
      joinCode: string;
      facilitatorToken: string;
    };
    expect(a.id).not.toBe(b.id);
    expect(a.joinCode).not.toBe(b.joinCode);
    expect(a.facilitatorToken).not.toBe(b.facilitatorToken);
  });
});

describe('origin checks', () => {
  const body = JSON.stringify({ title: 'X' });
  const headers = (origin: string, host?: string) => ({
    ...withKey,
    'content-type': 'application/json',
    origin,
    'content-length': String(Buffer.byteLength(body)),
    ...(host ? { host } : {}),
  });

  it('a request from a page on another site is refused with 403, and nothing is created', async () => {
    const before = await workshopCount();
    const res = await rawRequest(h.url, {
      method: 'POST',
      path: '/api/workshops',
      headers: headers('http://evil.example'),
      body,
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'forbidden' } });
    expect(await workshopCount()).toBe(before);
  });

  it("a request from the page's own origin is accepted", async () => {
    const res = await rawRequest(h.url, { method: 'POST', path: '/api/workshops', headers: headers(h.url), body });
    expect(res.status).toBe(201);
  });

  it('a page whose Origin merely matches the Host it asked for is refused (DNS rebinding), unless ALLOWED_HOSTS names it', async () => {
    const before = await workshopCount();
    const port = new URL(h.url).port;
    for (const [origin, host] of [
      ['https://kafe.example', 'kafe.example'],
      [`http://rebind.attacker.test:${port}`, `rebind.attacker.test:${port}`],
    ] as const) {
      const res = await rawRequest(h.url, {
        method: 'POST',
        path: '/api/workshops',
        headers: headers(origin, host),
        body,
      });
      expect(res.status, origin).toBe(403);
    }
    expect(await workshopCount()).toBe(before);
  });

  it('a socket from a DNS-rebinding page is refused too', async () => {
    const port = new URL(h.url).port;
    const res = await rawRequest(h.url, {
      path: '/socket.io/?EIO=4&transport=polling',
      headers: { origin: `http://rebind.attacker.test:${port}`, host: `rebind.attacker.test:${port}` },
    });
    expect(res.status).toBe(403);
    const own = await rawRequest(h.url, { path: '/socket.io/?EIO=4&transport=polling', headers: { origin: h.url } });
    expect(own.status).toBe(200);
  });

  it("a page served from this machine's loopback address through another port (a local proxy) is accepted", async () => {
    const res = await rawRequest(h.url, {
      method: 'POST',
      path: '/api/workshops',
      headers: headers('http://127.0.0.1:45000', '127.0.0.1:45000'),
      body,
    });
    expect(res.status).toBe(201);
  });

  it('a lookalike origin on another port is refused', async () => {
    const u = new URL(h.url);
    const res = await rawRequest(h.url, {
      method: 'POST',
      path: '/api/workshops',
      headers: headers(`http://${u.hostname}:1`),
      body,
    });
    expect(res.status).toBe(403);
  });
});

describe('unknown API paths', () => {
  it('answer 404 as JSON', async () => {
    const res = await fetch(`${h.url}/api/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('GET /api/workshops (no such route) is 404 JSON, not the client page', async () => {
    const res = await fetch(`${h.url}/api/workshops`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });
});

describe('security headers', () => {
  it('send a strict content security policy without third-party sources', async () => {
    const res = await fetch(`${h.url}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
