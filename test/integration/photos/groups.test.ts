// A phone's participant group: its own, changeable, and never sent to anyone else (not even the facilitator).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readPastMarker } from '../marker.js';
import { asParticipant, asRole, createWorkshop, join, roleTokens, useApp } from '../harness.js';
import { openRoom } from '../room.js';

const h = useApp();

describe('participant groups', () => {
  it('a phone says its group and changes it; only that phone hears it, and an unknown group is refused', async () => {
    const { w, facilitator, screen, host } = await openRoom(h);
    const me = await join(h.url, asParticipant(w.joinCode, randomUUID()));
    const other = await join(h.url, asParticipant(w.joinCode, randomUUID()));
    h.opened.push(me, other);
    expect(await me.send('participant:group', { group: 'tillitsvalgt' })).toMatchObject({ ok: true });
    expect(await me.send('participant:group', { group: 'leder' })).toMatchObject({ ok: true });
    expect(await me.send('participant:group', { group: 'sjef' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    await me.waitFor((e) => e.event.type === 'participant.grouped' && e.event.group === 'leder');
    await readPastMarker(facilitator, screen, host, other);
    for (const c of [facilitator, screen, host, other]) {
      expect(JSON.stringify(c.events)).not.toContain('participant.grouped');
      expect(JSON.stringify(c.events)).not.toContain('tillitsvalgt');
    }
    const state = (await h.app.ctx.registry.get(w.id))?.state;
    expect(state?.participation.groupOf[me.w.participantId ?? '']).toBe('leder');
  });

  it("a host records its table's headcount by group; another table's host cannot", async () => {
    const w = await createWorkshop(h.url);
    const t = roleTokens(w);
    const host = await join(h.url, asRole(t.host(2)));
    h.opened.push(host);
    const ack = await host.send('composition:set', { round: 1, counts: { ansatt: 4, leder: 1, annet: 0 } });
    expect(ack).toMatchObject({ ok: true });
    const forOther = await host.send('composition:set', { round: 1, counts: { ansatt: 1 }, table: 3 });
    expect(forOther).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const state = (await h.app.ctx.registry.get(w.id))?.state;
    expect(state?.participation.compositions['2:1']).toEqual({ ansatt: 4, leder: 1 });
  });
});
