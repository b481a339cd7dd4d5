// HTTPS served directly (TLS_CERT/TLS_KEY): the API and the socket both speak TLS, so phones and tablets get a secure
// context (offline app, install) without a proxy. The certificate is a test fixture for localhost and 127.0.0.1.
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/src/constants.js';
import type { CreatedWorkshop } from '../../server/src/context.js';
import { KEY, startApp, tokenOf, WAIT_MS, type Harness } from './harness.js';

const cert = readFileSync(new URL('../fixtures/tls/localhost.crt', import.meta.url));
const key = readFileSync(new URL('../fixtures/tls/localhost.key', import.meta.url));
let h: Harness;
beforeAll(async () => {
  h = await startApp({ tls: { cert, key } });
});
afterAll(async () => {
  await h.close();
});

/** A request over TLS, trusting only the fixture's certificate. */
function call(url: string, body?: object): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = body
      ? { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }
      : {};
    request(url, { ca: cert, method: body ? 'POST' : 'GET', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    })
      .on('error', reject)
      .end(body ? JSON.stringify(body) : undefined);
  });
}
async function createWorkshop(title: string): Promise<CreatedWorkshop> {
  const res = await call(`${h.url}/api/workshops`, { title });
  expect(res.status).toBe(201);
  return JSON.parse(res.body) as CreatedWorkshop;
}

describe('HTTPS served directly', () => {
  it('answers over TLS, with https links', async () => {
    expect(h.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const health = await call(`${h.url}/healthz`);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ ok: true });
    const w = await createWorkshop('Over HTTPS');
    expect(w.links.facilitator).toMatch(/^https:\/\//);
  });

  it('opens the socket over TLS (wss) and welcomes the facilitator', async () => {
    const w = await createWorkshop('Sokkel over HTTPS');
    const socket = io(h.url, {
      transports: ['websocket'],
      ca: cert.toString(),
      forceNew: true,
      reconnection: false,
      timeout: WAIT_MS,
      auth: { v: PROTOCOL_VERSION, token: tokenOf(w.links.facilitator), lastSeq: 0 },
    });
    const welcome = await new Promise<{ workshopId: string }>((resolve, reject) => {
      socket.once('welcome', resolve);
      socket.once('connect_error', reject);
    });
    expect(welcome.workshopId).toBe(w.id);
    socket.close();
  });
});
