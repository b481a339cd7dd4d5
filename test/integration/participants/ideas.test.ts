// Ideas from phones in all three modes, end to end over real sockets: who receives what, and when.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { useApp } from '../harness.js';
import { readPastMarker } from '../marker.js';
import { errorCode, everything, ok, room, type Room } from './setup.js';
import { match } from '../../fixtures/match.js';

const h = useApp();
const rooms: Room[] = [];
afterAll(() => rooms.forEach((r) => r.close()));
async function roomWith(ideas: 'off' | 'open' | 'approval'): Promise<Room> {
  const r = await room(h);
  rooms.push(r);
  await ok(r.facilitator.send('settings:set', { settings: { ideas } }));
  return r;
}
const addIdea = (phone: Awaited<ReturnType<Room['phone']>>, text: string, noteId = randomUUID()) =>
  phone.send('idea:add', { noteId, text });

describe('ideas from phones', () => {
  it('off: refused, and nothing reaches anyone', async () => {
    const r = await roomWith('off');
    const phone = await r.phone(randomUUID(), 2);
    const before = (await r.state()).seq;
    const res = await addIdea(phone, 'Skrudd av');
    expect(res).toEqual({ ok: false, error: { code: 'forbidden', message: match.stringMatching(/switched off/) } });
    expect((await r.state()).seq).toBe(before);
  });

  it("open: shown at once to the table's host and the screen, marked as from a participant", async () => {
    const r = await roomWith('open');
    const host = await r.host(2);
    const otherHost = await r.host(3);
    const screen = await r.screen();
    const phone = await r.phone(randomUUID(), 2);
    const other = await r.phone(randomUUID(), 2);
    await ok(addIdea(phone, 'Mindre skjema, mer samtale'));
    const atHost = await host.waitFor((e) => e.event.type === 'note.added');
    expect(atHost.event).toMatchObject({
      table: 2,
      source: 'participant',
      text: 'Mindre skjema, mer samtale',
      round: 1,
    });
    await screen.waitFor((e) => e.event.type === 'note.added' && e.event.text === 'Mindre skjema, mer samtale');
    await phone.waitFor((e) => e.event.type === 'note.added');
    await readPastMarker(r.facilitator, otherHost, other);
    expect(everything(otherHost.events, otherHost.w)).not.toContain('Mindre skjema');
    expect(everything(other.events, other.w)).not.toContain('Mindre skjema');
    expect(Object.values((await r.state()).notes)[0]).toMatchObject({
      status: 'shown',
      participantId: phone.w.participantId,
    });
  });

  it("approval: pending until the table's host approves; the screen never sees a pending or rejected idea's text", async () => {
    const r = await roomWith('approval');
    const host = await r.host(4);
    const screen = await r.screen();
    const phone = await r.phone(randomUUID(), 4);
    const keep = randomUUID();
    const drop = randomUUID();
    await ok(addIdea(phone, 'Godkjenn meg', keep));
    await ok(addIdea(phone, 'Avvis meg', drop));
    expect(
      (
        await host.waitFor(
          (e) => e.event.type === 'note.added' && e.event.noteId === keep,
          'the host to receive the pending idea',
        )
      ).event,
    ).toMatchObject({ pending: true });
    expect((await r.state()).notes[keep]?.status).toBe('pending');
    await readPastMarker(r.facilitator, screen);
    expect(everything(screen.events, screen.w)).not.toContain('Godkjenn meg');

    // Another table's host and the phone itself cannot approve.
    const wrongHost = await r.host(5);
    expect(await errorCode(wrongHost.send('idea:moderate', { noteId: keep, approved: true }))).toBe('forbidden');
    expect(await errorCode(phone.send('idea:moderate', { noteId: keep, approved: true }))).toBe('forbidden');

    await ok(host.send('idea:moderate', { noteId: keep, approved: true }));
    await ok(host.send('idea:moderate', { noteId: drop, approved: false }));
    const revealed = await screen.waitFor(
      (e) => e.event.type === 'note.revealed',
      'the screen to receive the approved idea',
    );
    expect(revealed.event.type === 'note.revealed' && revealed.event.note).toMatchObject({
      id: keep,
      text: 'Godkjenn meg',
      status: 'shown',
      source: 'participant',
    });
    await phone.waitFor(
      (e) => e.event.type === 'note.moderated' && e.event.noteId === keep && e.event.approved,
      'the phone to learn its idea is shown',
    );
    await phone.waitFor(
      (e) => e.event.type === 'note.moderated' && e.event.noteId === drop,
      'the phone to learn its idea was not taken',
    );
    await readPastMarker(r.facilitator, screen);
    expect(everything(screen.events, screen.w)).not.toContain('Avvis meg');
    const state = await r.state();
    expect([state.notes[keep]?.status, state.notes[drop]?.status]).toEqual(['shown', 'rejected']);

    // A screen that connects later gets the approved idea in its backlog, and still not the rejected one.
    const late = await r.screen();
    expect(everything(late.events, late.w)).toContain('Godkjenn meg');
    expect(everything(late.events, late.w)).not.toContain('Avvis meg');
  });

  it('the same idea sent twice (a retry after a lost ack) is added once', async () => {
    const r = await roomWith('open');
    const phone = await r.phone(randomUUID(), 1);
    const payload = { opId: randomUUID(), noteId: randomUUID(), text: 'Bare én gang' };
    const first: unknown = await phone.socket.timeout(5000).emitWithAck('idea:add', payload);
    const again: unknown = await phone.socket.timeout(5000).emitWithAck('idea:add', payload);
    expect(first).toMatchObject({ ok: true });
    expect(again).toMatchObject({ ok: true, data: { duplicate: true } });
    expect(Object.values((await r.state()).notes).filter((n) => n.text === 'Bare én gang')).toHaveLength(1);
  });

  it('a phone without a table is asked to choose one; an empty or too long idea is refused', async () => {
    const r = await roomWith('open');
    const phone = await r.phone();
    const unseated = await addIdea(phone, 'Hvor er jeg?');
    expect(unseated.ok ? '' : unseated.error.message).toMatch(/table/);
    await ok(phone.send('participant:table', { table: 1 }));
    expect(await errorCode(addIdea(phone, '   '))).toBe('bad_request');
    expect(await errorCode(addIdea(phone, 'x'.repeat(281)))).toBe('bad_request');
  });
});
