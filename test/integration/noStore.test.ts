// Answers that carry a key or token, and the pages whose fragment holds one, are never stored by a cache.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as pathJoin } from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, describe, expect, it } from 'vitest';
import { staticClient } from '../../server/src/http/staticClient.js';
import { KEY, createWorkshop, useApp } from './harness.js';

const h = useApp();

describe('Cache-Control: no-store on token-bearing answers', () => {
  it('POST /api/workshops (its answer holds every token)', async () => {
    const res = await fetch(`${h.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ title: 'X' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('a replaced link', async () => {
    const w = await createWorkshop(h.url);
    const res = await fetch(`${h.url}/api/workshops/${w.id}/links/regenerate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${w.facilitatorToken}` },
      body: JSON.stringify({ role: 'screen' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('an import', async () => {
    const w = await createWorkshop(h.url);
    const exported = await (
      await fetch(`${h.url}/api/workshops/${w.id}/export?format=json`, {
        headers: { authorization: `Bearer ${w.facilitatorToken}` },
      })
    ).text();
    const res = await fetch(`${h.url}/api/workshops/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: exported,
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the pages', () => {
  const clientDir = mkdtempSync(pathJoin(tmpdir(), 'kafe-client-'));
  writeFileSync(pathJoin(clientDir, 'index.html'), '<!doctype html><title>Kafédialog</title>');
  const app = express().use(staticClient(clientDir));
  const server = app.listen(0, '127.0.0.1');
  afterAll(() => {
    server.close();
    rmSync(clientDir, { recursive: true, force: true });
  });
  const page = async (path: string) => {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
    expect(res.status).toBe(200);
    return res.headers.get('cache-control');
  };

  it('/facilitator, /host, /screen and /organiser (their fragment holds a token or the key) are no-store', async () => {
    for (const path of ['/facilitator', '/facilitator/cards', '/host', '/screen', '/organiser'])
      expect(await page(path), path).toBe('no-store');
  });

  it('the other pages may still be revalidated from a cache', async () => {
    expect(await page('/join/ABCDEF')).toBe('no-cache');
  });
});
