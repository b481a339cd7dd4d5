// DELETE /api/workshops/:id and retention: a workshop goes with everything in it, its pages are dropped, and a workshop
// past RETENTION_DAYS after its date is deleted by the sweep while a recent one stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../server/src/workshops/secrets.js';
import { deletionDate } from '../../server/src/workshops/retention.js';
import { KEY, asRole, createWorkshop, join, roleTokens, startApp, type Harness } from './harness.js';
import { must } from '../fixtures/must.js';
import { filledWorkshop } from './harvest/workshop.js';
import { match } from '../fixtures/match.js';

let h: Harness;
let clock = Date.now();
beforeAll(async () => {
  h = await startApp({ now: () => clock });
});
afterAll(async () => {
  await h.close();
});

const del = (id: string, token: string | null) =>
  fetch(`${h.url}/api/workshops/${id}`, {
    method: 'DELETE',
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

/** Everything the store holds of a workshop, asked through its modules. */
async function stored(id: string, tokens: string[]) {
  const { ctx } = h.app;
  return {
    row: await ctx.workshops.exists(id),
    events: (await ctx.store.readSince(id)).length,
    tokens: (await Promise.all(tokens.map((t) => ctx.tokens.findByHash(hashToken(t))))).filter(Boolean).length,
  };
}

describe('DELETE /api/workshops/:id', () => {
  it('removes the log, the tokens and the row in one go, lets it go from memory and drops its open pages', async () => {
    const f = await filledWorkshop(h.url, 'Slettes');
    const t = roleTokens(f.w);
    const tokens = [t.facilitator, t.screen, t.host(1), t.host(2), t.host(3)];
    expect(await stored(f.w.id, tokens)).toEqual({ row: true, events: match.any(Number), tokens: 5 });
    expect(h.app.ctx.registry.isLoaded(f.w.id)).toBe(true);

    // Not for a host, nor without a token.
    expect((await del(f.w.id, null)).status).toBe(401);
    expect((await del(f.w.id, t.host(1))).status).toBe(403);

    const res = await del(f.w.id, f.w.facilitatorToken);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deleted: f.w.id });
    expect(await stored(f.w.id, tokens)).toEqual({ row: false, events: 0, tokens: 0 });
    expect(h.app.ctx.registry.isLoaded(f.w.id)).toBe(false);
    await expect.poll(() => h.app.io.of('/').sockets.size, { timeout: 5_000 }).toBe(0);
    f.close();

    // Its export (and everything else under its id) is gone: 404, with the old link or any other.
    const exported = await fetch(`${h.url}/api/workshops/${f.w.id}/export?format=json`, {
      headers: { authorization: `Bearer ${f.w.facilitatorToken}` },
    });
    expect(exported.status).toBe(404);
    expect((await del(f.w.id, KEY)).status).toBe(404);
  });

  it('the organiser key may delete any workshop; other workshops are left as they were', async () => {
    const a = await createWorkshop(h.url, { title: 'A' });
    const b = await createWorkshop(h.url, { title: 'B' });
    expect((await del(a.id, b.facilitatorToken)).status).toBe(403);
    expect((await del(a.id, KEY)).status).toBe(200);
    expect(await h.app.ctx.workshops.exists(a.id)).toBe(false);
    expect(await stored(b.id, [b.facilitatorToken])).toEqual({ row: true, events: 1, tokens: 1 });
  });
});

describe('retention', () => {
  it('deletes a workshop RETENTION_DAYS (180) after its date and keeps a recent one; the console is told the day', async () => {
    const old = await createWorkshop(h.url, { title: 'Gammel', date: '2026-01-10' });
    const recent = await createWorkshop(h.url, { title: 'Ny', date: '2027-06-01' });
    const retention = async (id: string, token: string) =>
      (await (
        await fetch(`${h.url}/api/workshops/${id}/retention`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as { retentionDays: number; deletesOn: string };
    expect(await retention(recent.id, recent.facilitatorToken)).toEqual({
      retentionDays: 180,
      deletesOn: '2027-11-28',
    });
    // Created here today, so kept 180 days from today at least, even though its date is older.
    const oldDeletesOn = (await retention(old.id, old.facilitatorToken)).deletesOn;
    expect(oldDeletesOn >= '2026-01-10').toBe(true);

    clock = Date.parse(`${oldDeletesOn}T12:00:00Z`) - 2 * 86_400_000;
    expect(await h.app.retention.run()).not.toContain(old.id);
    clock = Date.parse(`${oldDeletesOn}T12:00:00Z`);
    const deleted = await h.app.retention.run();
    expect(deleted).toContain(old.id);
    expect(deleted).not.toContain(recent.id);
    expect(await h.app.ctx.workshops.exists(old.id)).toBe(false);
    expect(await h.app.ctx.workshops.exists(recent.id)).toBe(true);
  });

  it('a workshop past its day but with a page open is kept until nobody is connected', async () => {
    const used = await createWorkshop(h.url, { title: 'I bruk', date: '2026-01-10' });
    const deletesOn = deletionDate(must(await h.app.ctx.workshops.datesOf(used.id)), 180);
    const screen = await join(h.url, asRole(roleTokens(used).screen));
    clock = Date.parse(`${deletesOn}T12:00:00Z`);
    expect(await h.app.retention.run()).not.toContain(used.id);
    screen.close();
    // The server hears of the close a moment later: sweep until it does (waiting, not timing).
    let deleted: string[] = [];
    for (let i = 0; i < 50 && !deleted.includes(used.id); i++) {
      deleted = await h.app.retention.run();
      if (!deleted.includes(used.id)) await new Promise((r) => setTimeout(r, 100));
    }
    expect(deleted).toContain(used.id);
  });

  it('counts from the later of the workshop date and the day it arrived, in its time zone', () => {
    const arrived = Date.parse('2026-12-02T10:00:00Z');
    expect(deletionDate({ date: '2027-03-01', createdAt: arrived, timeZone: 'Europe/Oslo' }, 180)).toBe('2027-08-28');
    expect(deletionDate({ date: '2020-03-01', createdAt: arrived, timeZone: 'Europe/Oslo' }, 30)).toBe('2027-01-01');
    expect(
      deletionDate({ date: null, createdAt: Date.parse('2026-12-31T23:30:00Z'), timeZone: 'Europe/Oslo' }, 1),
    ).toBe('2027-01-02');
  });
});
