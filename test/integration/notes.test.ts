// Table hosts taking notes over real sockets: their own table only, and other hosts see nothing of it.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { VisibleEvent } from '@kafe/shared/events';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import type { CommandName } from '@kafe/shared/protocol';
import {
  asParticipant,
  asRole,
  createWorkshop,
  join,
  roleTokens,
  type Client,
  type TestArgs,
  useApp,
} from './harness.js';
import { match } from '../fixtures/match.js';

const h = useApp();
const { opened } = h;

async function room() {
  const w = await createWorkshop(h.url);
  const t = roleTokens(w);
  const [facilitator, host1, host2, screen] = await Promise.all([
    join(h.url, asRole(t.facilitator)),
    join(h.url, asRole(t.host(1))),
    join(h.url, asRole(t.host(2))),
    join(h.url, asRole(t.screen)),
  ]);
  opened.push(facilitator, host1, host2, screen);
  return { w, t, facilitator, host1, host2, screen };
}
async function ok<C extends CommandName>(c: Client, name: C, ...args: TestArgs<C>): Promise<number> {
  const ack = await c.send(name, ...args);
  if (!ack.ok) throw new Error(`${name} refused: ${ack.error.code} ${ack.error.message}`);
  return ack.data.seq;
}
const stateOf = async (c: Client & { w: { events: VisibleEvent[] } }, seq: number) => {
  await c.waitForSeq(seq);
  return applyAll(emptyState(), [...c.w.events, ...c.events]);
};

describe('a host on its own table', () => {
  it('adds, edits, stars, deletes and restores a note, and sees each change', async () => {
    const { host1 } = await room();
    const noteId = randomUUID();
    await ok(host1, 'note:add', { noteId, text: 'Tillit krever tid' });
    await ok(host1, 'note:edit', { noteId, text: 'Tillit krever tid og rom' });
    await ok(host1, 'note:star', { noteId, starred: true });
    let seq = await ok(host1, 'note:delete', { noteId });
    let note = (await stateOf(host1, seq)).notes[noteId];
    expect(note).toMatchObject({
      table: 1,
      text: 'Tillit krever tid og rom',
      starred: true,
      deleted: true,
      source: 'host',
    });
    seq = await ok(host1, 'note:restore', { noteId });
    note = (await stateOf(host1, seq)).notes[noteId];
    expect(note?.deleted).toBe(false);
  });

  it('the note lands on its own table without the host saying which', async () => {
    const { w, host1 } = await room();
    const noteId = randomUUID();
    await ok(host1, 'note:add', { noteId, text: 'x' });
    const added = (await h.app.ctx.store.readSince(w.id)).find((e) => e.event.type === 'note.added');
    expect(added).toMatchObject({
      actor: { role: 'host', table: 1 },
      event: { table: 1, noteId, round: 1, questionId: 'q1' },
    });
  });

  it('an empty note is refused with a message and nothing is stored', async () => {
    const { w, host1 } = await room();
    const before = (await h.app.ctx.store.readSince(w.id)).length;
    const ack = await host1.send('note:add', { noteId: randomUUID(), text: '   ' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'bad_request', message: match.stringContaining('empty') } });
    expect((await h.app.ctx.store.readSince(w.id)).length).toBe(before);
  });

  it('a note over 1000 characters is refused', async () => {
    const { host1 } = await room();
    expect(await host1.send('note:add', { noteId: randomUUID(), text: 'x'.repeat(1001) })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
  });
});

describe('a host and another table', () => {
  it('cannot add a note for another table', async () => {
    const { w, host1 } = await room();
    const ack = await host1.send('note:add', { noteId: randomUUID(), text: 'snik', table: 2 });
    expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await h.app.ctx.store.readSince(w.id)).some((e) => e.event.type === 'note.added')).toBe(false);
  });

  it("cannot edit, star or delete another table's note", async () => {
    const { host1, host2 } = await room();
    const noteId = randomUUID();
    await ok(host2, 'note:add', { noteId, text: 'bord 2 sitt' });
    for (const [name, extra] of [
      ['note:edit', { text: 'endret' }],
      ['note:star', { starred: true }],
      ['note:delete', {}],
    ] as const) {
      expect(await host1.send(name, { noteId, ...extra }), name).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });

  it("receives the other table's notes only as redacted events covering the right seqs", async () => {
    const { host1, host2, facilitator } = await room();
    const noteId = randomUUID();
    const added = await ok(host1, 'note:add', { noteId, text: 'hemmelig for bord 2' });
    const edited = await ok(host1, 'note:edit', { noteId, text: 'fortsatt hemmelig' });
    const starred = await ok(host1, 'note:star', { noteId, starred: true });
    // Something table 2 may see: the seqs it may not see arrive as redacted stand-ins no later than this.
    const marker = await ok(facilitator, 'host:name', { table: 2, name: 'Rita' });
    await host2.waitForSeq(marker);
    const covered = (seq: number) =>
      host2.events.find((e) => e.seq <= seq && seq <= ('through' in e && e.through ? e.through : e.seq));
    for (const seq of [added, edited, starred])
      expect(covered(seq), `seq ${seq}`).toMatchObject({ actor: null, event: { type: 'redacted' } });
    expect(host2.events.find((e) => e.seq === marker)?.event).toMatchObject({ type: 'host.named', table: 2 });
    expect(JSON.stringify(host2.events)).not.toContain('hemmelig');
    // The stream stays gap-free: the welcome and what followed cover every seq once, in order.
    const all = [...host2.w.events, ...host2.events];
    const seqs = all.flatMap((e) =>
      Array.from({ length: ('through' in e && e.through ? e.through : e.seq) - e.seq + 1 }, (_, i) => e.seq + i),
    );
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    // The facilitator sees the same seqs whole.
    await facilitator.waitForSeq(starred);
    expect(facilitator.events.find((x) => x.seq === added)?.event).toMatchObject({
      type: 'note.added',
      text: 'hemmelig for bord 2',
    });
  });

  it("a host that joins later gets other tables' notes redacted in its welcome too", async () => {
    const { t, host1 } = await room();
    await ok(host1, 'note:add', { noteId: randomUUID(), text: 'hemmelig' });
    const late = await join(h.url, asRole(t.host(3)));
    opened.push(late);
    expect(JSON.stringify(late.w.events)).not.toContain('hemmelig');
    expect(late.w.events.some((e) => e.event.type === 'redacted')).toBe(true);
  });
});

describe('the rest of the room', () => {
  it("the screen shows every table's notes and a participant sees none of them", async () => {
    const { w, facilitator, host1, host2, screen } = await room();
    const phone = await join(h.url, asParticipant(w.joinCode));
    opened.push(phone);
    await ok(host1, 'note:add', { noteId: randomUUID(), text: 'fra bord 1' });
    const last = await ok(host2, 'note:add', { noteId: randomUUID(), text: 'fra bord 2' });
    await screen.waitForSeq(last);
    expect(screen.events.filter((e) => e.event.type === 'note.added')).toHaveLength(2);
    const marker = await ok(facilitator, 'clock:start', {});
    await phone.waitForSeq(marker);
    expect(JSON.stringify([...phone.w.events, ...phone.events])).not.toMatch(/fra bord/);
  });

  it('the facilitator may write on any table, naming it', async () => {
    const { facilitator } = await room();
    expect(
      await facilitator.send('note:add', { noteId: randomUUID(), text: 'fra tilrettelegger', table: 7 }),
    ).toMatchObject({ ok: true });
    expect(await facilitator.send('note:add', { noteId: randomUUID(), text: 'uten bord' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
  });
});
