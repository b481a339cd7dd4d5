// A lost tablet: the facilitator replaces a table's link; the old one stops working at once, the new one works.
import { describe, expect, it } from 'vitest';
import { asRole, connectError, createWorkshop, join, roleTokens, tokenOf, useApp } from './harness.js';
import { must } from '../fixtures/must.js';

const h = useApp();
const { opened } = h;

const regenerate = (id: string, token: string, body: unknown) =>
  fetch(`${h.url}/api/workshops/${id}/links/regenerate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

describe('replacing a role link', () => {
  it('revokes the old host link (its open page is dropped and refused), and the new one works', async () => {
    const w = await createWorkshop(h.url);
    const old = roleTokens(w).host(3);
    const tablet = await join(h.url, asRole(old));
    opened.push(tablet);
    const dropped = new Promise<void>((resolve) => tablet.socket.once('disconnect', () => resolve()));
    const res = await regenerate(w.id, w.facilitatorToken, { role: 'host', table: 3 });
    expect(res.status).toBe(200);
    const { links } = (await res.json()) as { links: { hosts: { table: number; url: string }[]; screen: string } };
    const fresh = tokenOf(must(links.hosts.find((x) => x.table === 3)).url);
    expect(fresh).not.toBe(old);
    expect(links.screen).toBe(w.links.screen);
    await dropped;
    expect((await connectError(h.url, asRole(old))).data?.code).toBe('forbidden');
    const again = await join(h.url, asRole(fresh));
    opened.push(again);
    expect(again.w.table).toBe(3);
    // The facilitator's console sees the new link in its welcome, on any device.
    const facilitator = await join(h.url, asRole(w.facilitatorToken));
    opened.push(facilitator);
    expect(facilitator.w.links?.hosts.find((x) => x.table === 3)?.url).toContain(fresh);
  });

  it('only the facilitator may replace links, and bad requests say why', async () => {
    const w = await createWorkshop(h.url);
    expect((await regenerate(w.id, roleTokens(w).host(1), { role: 'screen' })).status).toBe(403);
    expect((await regenerate(w.id, w.facilitatorToken, { role: 'host', table: 99 })).status).toBe(400);
    expect((await regenerate(w.id, w.facilitatorToken, { role: 'host', table: 11 })).status).toBe(404);
    expect((await regenerate(w.id, w.facilitatorToken, { role: 'facilitator', table: 1 })).status).toBe(400);
    expect((await regenerate(w.id, roleTokens(w).screen, { role: 'facilitator' })).status).toBe(403);
  });
});

describe("replacing the facilitator's own link", () => {
  it('revokes the old facilitator link at once (open consoles are dropped and refused), and the new one opens every link', async () => {
    const w = await createWorkshop(h.url);
    const console1 = await join(h.url, asRole(w.facilitatorToken));
    const host = await join(h.url, asRole(roleTokens(w).host(2)));
    opened.push(console1, host);
    const dropped = new Promise<void>((resolve) => console1.socket.once('disconnect', () => resolve()));

    const res = await regenerate(w.id, w.facilitatorToken, { role: 'facilitator' });
    expect(res.status).toBe(200);
    const { links } = (await res.json()) as {
      links: { facilitator: string; screen: string; join: string; hosts: { table: number; url: string }[] };
    };
    const fresh = tokenOf(links.facilitator);
    expect(fresh).not.toBe(w.facilitatorToken);
    expect(fresh.length).toBeGreaterThanOrEqual(20);
    // Only the facilitator's link changed.
    expect({ screen: links.screen, join: links.join, hosts: links.hosts }).toEqual({
      screen: w.links.screen,
      join: w.links.join,
      hosts: w.links.hosts,
    });

    await dropped;
    expect(host.socket.connected).toBe(true);
    expect((await connectError(h.url, asRole(w.facilitatorToken))).data?.code).toBe('forbidden');
    const oldExport = await fetch(`${h.url}/api/workshops/${w.id}/export?format=json`, {
      headers: { authorization: `Bearer ${w.facilitatorToken}` },
    });
    expect(oldExport.status).toBe(403);
    expect((await regenerate(w.id, w.facilitatorToken, { role: 'screen' })).status).toBe(403);

    // The role links were sealed again with the new token: the new console sees them all, and can replace them.
    const console2 = await join(h.url, asRole(fresh));
    opened.push(console2);
    expect(console2.w.role).toBe('facilitator');
    expect(console2.w.links).toEqual(links);
    const again = await regenerate(w.id, fresh, { role: 'host', table: 1 });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { links: { facilitator: string } }).links.facilitator).toBe(links.facilitator);
    const newExport = await fetch(`${h.url}/api/workshops/${w.id}/export?format=json`, {
      headers: { authorization: `Bearer ${fresh}` },
    });
    expect(newExport.status).toBe(200);
  });
});
