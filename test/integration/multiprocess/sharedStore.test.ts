// Two apps on one PostgreSQL serve the same workshop: each follows what the other appends (LISTEN/NOTIFY, then the
// rows from the store), a write on a stale head is decided again instead of refused, a replay is recognised on either,
// and presence, deletions and replaced links reach the pages of both.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { VisibleEvent } from '@kafe/shared/events';
import type { Presence } from '@kafe/shared/protocol';
import { asRole, createWorkshop, join, roleTokens, WAIT_MS, type Client } from '../harness.js';
import { readPastMarker } from '../marker.js';
import { testDatabaseUrl } from '../pgUrl.js';
import { useSharedApps } from './sharedApps.js';

const opened: Client[] = [];

const noteIdsOf = (events: VisibleEvent[]): string[] =>
  events.flatMap((e) => (e.event.type === 'note.added' ? [e.event.noteId] : []));

/** Every seq once, from 1 up, in order (a redacted run counts for the seqs it stands for). */
function expectGapFree(events: VisibleEvent[]): void {
  let next = 1;
  for (const e of events) {
    expect(e.seq).toBe(next);
    next = ('through' in e && typeof e.through === 'number' ? e.through : e.seq) + 1;
  }
}

const presenceOn = (c: Client, match: (p: Presence) => boolean): Promise<Presence> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no such presence')), WAIT_MS * 3);
    const on = (p: Presence): void => {
      if (!match(p)) return;
      clearTimeout(timer);
      c.socket.off('presence', on);
      resolve(p);
    };
    c.socket.on('presence', on);
  });

describe.skipIf(!testDatabaseUrl())('two processes on one PostgreSQL', () => {
  const { apps } = useSharedApps(2);
  const a = () => apps[0]?.url ?? '';
  const b = () => apps[1]?.url ?? '';
  afterAll(() => opened.forEach((c) => c.close()));

  it('a screen on each sees every note written through either, in order, and no write is refused', async () => {
    const w = await createWorkshop(a());
    const t = roleTokens(w);
    const [facilitator, host1, host2, screenA, screenB] = await Promise.all([
      join(a(), asRole(t.facilitator)),
      join(a(), asRole(t.host(1))),
      join(b(), asRole(t.host(2))),
      join(a(), asRole(t.screen)),
      join(b(), asRole(t.screen)),
    ]);
    opened.push(facilitator, host1, host2, screenA, screenB);
    const written = Array.from({ length: 30 }, (_, i) => [
      { host: host1, noteId: randomUUID(), text: `Bord 1, innspill ${i}` },
      { host: host2, noteId: randomUUID(), text: `Bord 2, innspill ${i}` },
    ]).flat();
    // All at once: most land on a head the other process has just moved.
    const acks = await Promise.all(written.map((n) => n.host.send('note:add', { noteId: n.noteId, text: n.text })));
    expect(acks.filter((ack) => !ack.ok)).toEqual([]);
    await readPastMarker(facilitator, screenA, screenB);
    for (const screen of [screenA, screenB]) {
      const stream = [...screen.w.events, ...screen.events];
      expectGapFree(stream);
      expect(new Set(noteIdsOf(stream))).toEqual(new Set(written.map((n) => n.noteId)));
      expect(noteIdsOf(stream)).toHaveLength(written.length);
    }
    // Both screens saw the same log: the same notes in the same order.
    expect(noteIdsOf([...screenA.w.events, ...screenA.events])).toEqual(
      noteIdsOf([...screenB.w.events, ...screenB.events]),
    );
    const stored = await apps[0]?.db.query<{ n: string }>(
      "select count(*) as n from events where workshop_id = $1 and type = 'note.added'",
      [w.id],
    );
    expect(Number(stored?.rows[0]?.n)).toBe(written.length);
  });

  it('a process whose notice connection was cut still gets what was written meanwhile, without a later write', async () => {
    const w = await createWorkshop(a());
    const t = roleTokens(w);
    const [host, screenB] = await Promise.all([join(a(), asRole(t.host(1))), join(b(), asRole(t.screen))]);
    opened.push(host, screenB);
    // Cut every listening connection on this database (ours reconnect within a second, then read the store).
    await apps[0]?.db.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'listen%' and pid <> pg_backend_pid()",
    );
    const noteId = randomUUID();
    const ack = await host.send('note:add', { noteId, text: 'Skrevet mens varslene var borte' });
    expect(ack.ok).toBe(true);
    await screenB.waitFor((e) => e.event.type === 'note.added' && e.event.noteId === noteId, 'the note on B');
  });

  it('a command sent again through the other process is answered as the replay it is', async () => {
    const w = await createWorkshop(b());
    const t = roleTokens(w);
    const [onA, onB] = await Promise.all([join(a(), asRole(t.host(4))), join(b(), asRole(t.host(4)))]);
    opened.push(onA, onB);
    const opId = randomUUID();
    const noteId = randomUUID();
    const first = await onA.send('note:add', { opId, noteId, text: 'Kvittering borte' });
    // The lost ack's retry, through the other process, before or after it has heard of the first.
    const again = await onB.send('note:add', { opId, noteId, text: 'Kvittering borte' });
    expect(first).toMatchObject({ ok: true, data: { duplicate: false } });
    expect(again).toEqual({ ok: true, data: { seq: first.ok ? first.data.seq : -1, duplicate: true } });
    const rows = await apps[0]?.db.query('select seq from events where workshop_id = $1 and op_id = $2', [w.id, opId]);
    expect(rows?.rows).toHaveLength(1);
  });

  it("the facilitator on one process sees the other process's hosts online, and offline again", async () => {
    const w = await createWorkshop(a());
    const t = roleTokens(w);
    const facilitator = await join(a(), asRole(t.facilitator));
    opened.push(facilitator);
    const online = presenceOn(facilitator, (p) => p.hostsOnline.includes(3) && p.screens === 1);
    const [host3, screen] = await Promise.all([join(b(), asRole(t.host(3))), join(b(), asRole(t.screen))]);
    expect((await online).hostsOnline).toEqual([3]);
    const offline = presenceOn(facilitator, (p) => p.hostsOnline.length === 0);
    host3.close();
    expect(await offline).toMatchObject({ hostsOnline: [], screens: 1 });
    screen.close();
  });

  it('a process whose presence rows were removed (as after a stall past the forget time) writes them again', async () => {
    const w = await createWorkshop(a());
    const t = roleTokens(w);
    const facilitator = await join(a(), asRole(t.facilitator));
    opened.push(facilitator);
    const online = presenceOn(facilitator, (p) => p.hostsOnline.includes(4));
    const host4 = await join(b(), asRole(t.host(4)));
    opened.push(host4);
    await online;
    const hostsInTable = async (): Promise<number[][]> =>
      (
        (await apps[0]?.db.query<{ hosts: number[] }>('select hosts from presence where workshop_id = $1', [w.id]))
          ?.rows ?? []
      ).map((r) => r.hosts);
    await apps[0]?.db.query('delete from presence where workshop_id = $1', [w.id]);
    expect(await hostsInTable()).toEqual([]);
    // Nothing changed on b's sockets: only its heartbeat (every 5 s) can bring the row back.
    const deadline = performance.now() + WAIT_MS * 2;
    while ((await hostsInTable()).length === 0 && performance.now() < deadline)
      await new Promise((r) => setTimeout(r, 250));
    expect(await hostsInTable()).toEqual([[4]]);
  });

  it("a page's sync is answered by the next read of the store, not after every queued command", async () => {
    const w = await createWorkshop(a());
    const runtime = await apps[1]?.app.ctx.registry.get(w.id);
    if (!runtime) throw new Error('no runtime');
    const answered: string[] = [];
    const commands = Array.from({ length: 600 }, (_, i) =>
      runtime
        .run(randomUUID(), { role: 'facilitator' }, () => ({
          ok: true,
          event: { type: 'message.shown', messageId: randomUUID(), text: `Melding ${i}` },
        }))
        .then(() => answered.push(`command ${i}`)),
    );
    const synced = runtime.sync().then(() => answered.push('sync'));
    await Promise.all([...commands, synced]);
    // 600 commands are three group commits of 200: the sync is answered between them, not after the last one.
    expect(answered.indexOf('sync')).toBeLessThan(answered.indexOf('command 599'));
    expect(answered).toHaveLength(601);
  });

  it('a replaced link drops its page on the other process; a deletion drops every page there', async () => {
    const w = await createWorkshop(a());
    const t = roleTokens(w);
    const [screenB, hostB] = await Promise.all([join(b(), asRole(t.screen)), join(b(), asRole(t.host(1)))]);
    opened.push(screenB, hostB);
    const screenGone = new Promise((r) => screenB.socket.once('disconnect', r));
    const res = await fetch(`${a()}/api/workshops/${w.id}/links/regenerate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${w.facilitatorToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'screen' }),
    });
    expect(res.status).toBe(200);
    await screenGone;
    const fatal = new Promise((r) => hostB.socket.once('fatal', r));
    const del = await fetch(`${a()}/api/workshops/${w.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${w.facilitatorToken}` },
    });
    expect(del.ok).toBe(true);
    expect(await fatal).toMatchObject({ code: 'not_found' });
  });
});
