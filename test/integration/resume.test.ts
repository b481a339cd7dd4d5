// Reconnecting with lastSeq: the welcome carries exactly the missing events, in order, with no gaps and no repeats.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VisibleEvent } from '@kafe/shared/events';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import type { CommandName } from '@kafe/shared/protocol';
import { asRole, createWorkshop, join, refusalCode, roleTokens, type TestArgs, useApp } from './harness.js';

const h = useApp();
const { opened } = h;

/** Every seq the events cover; a redacted run (seq … through) covers several. */
const seqs = (events: VisibleEvent[]): number[] =>
  events.flatMap((e) => {
    const through = 'through' in e && typeof e.through === 'number' ? e.through : e.seq;
    return Array.from({ length: through - e.seq + 1 }, (_, i) => e.seq + i);
  });
const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** A workshop with a log of 1 (created) + 2 clock events + 4 notes on tables 1 and 2. */
async function workshopWithHistory() {
  const w = await createWorkshop(h.url);
  const t = roleTokens(w);
  const facilitator = await join(h.url, asRole(t.facilitator));
  opened.push(facilitator);
  let head = 1;
  const run = async <C extends CommandName>(name: C, ...args: TestArgs<C>) => {
    const ack = await facilitator.send(name, ...args);
    if (!ack.ok) throw new Error(`${name}: ${ack.error.message}`);
    head = ack.data.seq;
  };
  await run('clock:start');
  await run('clock:adjust', { deltaMs: 60_000 });
  for (const table of [1, 2, 1, 2])
    await run('note:add', { noteId: randomUUID(), text: `notat ved bord ${table}`, table });
  return { w, t, facilitator, head };
}

describe('a client that reconnects', () => {
  it('with an old lastSeq gets exactly the events it missed, in order, as the others saw them', async () => {
    const { t, facilitator, head } = await workshopWithHistory();
    const screen = await join(h.url, asRole(t.screen, 3));
    opened.push(screen);
    expect(screen.w.reset).toBe(false);
    expect(seqs(screen.w.events)).toEqual(range(4, head));
    const all = [...facilitator.w.events, ...facilitator.events];
    expect(screen.w.events).toEqual(all.filter((e) => e.seq > 3));
  });

  it('that missed events while it was away gets them on its next welcome', async () => {
    const { t, facilitator, head } = await workshopWithHistory();
    const first = await join(h.url, asRole(t.screen, 0));
    first.close();
    const more = [];
    for (let i = 0; i < 3; i++) {
      const ack = await facilitator.send('note:add', {
        noteId: randomUUID(),
        text: `mens skjermen var borte ${i}`,
        table: 3,
      });
      if (ack.ok) more.push(ack.data.seq);
    }
    const back = await join(h.url, asRole(t.screen, head));
    opened.push(back);
    expect(seqs(back.w.events)).toEqual(more);
    expect(more).toEqual(range(head + 1, head + 3));
  });

  it('that is up to date gets an empty backlog', async () => {
    const { t, head } = await workshopWithHistory();
    const screen = await join(h.url, asRole(t.screen, head));
    opened.push(screen);
    expect(screen.w).toMatchObject({ reset: false, events: [] });
  });

  it('with lastSeq ahead of the server (another server, a wiped store) is told to reset and gets every event', async () => {
    const { t, head } = await workshopWithHistory();
    const screen = await join(h.url, asRole(t.screen, head + 50));
    opened.push(screen);
    expect(screen.w.reset).toBe(true);
    expect(seqs(screen.w.events)).toEqual(range(1, head));
  });

  it("as a host, gets other tables' notes as redacted events, so its seqs still have no gaps", async () => {
    const { t, head } = await workshopWithHistory();
    const host = await join(h.url, asRole(t.host(1), 1));
    opened.push(host);
    expect(seqs(host.w.events)).toEqual(range(2, head));
    const notes = host.w.events.filter((e) => e.event.type === 'note.added');
    expect(notes).toHaveLength(2);
    expect(notes.every((e) => e.event.type === 'note.added' && e.event.table === 1)).toBe(true);
    expect(seqs(host.w.events.filter((e) => e.event.type === 'redacted'))).toHaveLength(2);
  });

  it('for any lastSeq, the old state plus the welcome ends in the same state as a fresh client', async () => {
    const { t, head } = await workshopWithHistory();
    const fresh = await join(h.url, asRole(t.screen, 0));
    opened.push(fresh);
    const full = applyAll(emptyState(), fresh.w.events);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: head }), async (lastSeq) => {
        const c = await join(h.url, asRole(t.screen, lastSeq));
        c.close();
        expect(seqs(c.w.events)).toEqual(range(lastSeq + 1, head));
        const had = applyAll(emptyState(), fresh.w.events.slice(0, lastSeq));
        expect(applyAll(had, c.w.events)).toEqual(full);
      }),
      { numRuns: 12 },
    );
  });
});

describe('a negative lastSeq', () => {
  it('is a malformed handshake', async () => {
    const { t } = await workshopWithHistory();
    const c = await join(h.url, asRole(t.screen, -1)).catch((err: unknown) => err);
    expect(c).toBeInstanceOf(Error);
    expect(refusalCode(c)).toBe('bad_request');
  });
});
