// A lost tablet: the facilitator replaces a table's link; the old one stops working at once, the new one works.
import { describe, expect, it } from 'vitest';
import { asRole, connectError, createWorkshop, join, roleTokens, tokenOf, useApp } from './harness.js';

const h = useApp();
const { opened } = h;

const regenerate = (id: string, token: string, body: unknown) =>
  fetch(`${h.url}/api/workshops/${id}/links/regenerate`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });

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
    const fresh = tokenOf(links.hosts.find((x) => x.table === 3)!.url);
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
    expect((await regenerate(w.id, w.facilitatorToken, { role: 'facilitator' })).status).toBe(400);
  });
});
