// A client's event stream: redacted runs, and applying only what comes next (shared/src/stream.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredEvent, VisibleEvent, WorkshopEvent } from '@kafe/shared/events';
import { visibleTo, type Viewer } from '@kafe/shared/projection';
import { apply, applyAll, emptyState } from '@kafe/shared/reducer';
import type { WorkshopState } from '@kafe/shared/state';
import { compressRedacted, lastSeqOf, stepFor } from '@kafe/shared/stream';
import { oslo, stored, templateOn, uuidOf } from '../fixtures/workshop.js';
import { must } from '../fixtures/must.js';

const T0 = oslo('12:00');
const red = (seq: number, through?: number): VisibleEvent => ({
  seq,
  ...(through ? { through } : {}),
  at: T0,
  actor: null,
  event: { type: 'redacted' },
});
const clock = (seq: number): VisibleEvent => stored(seq, T0, { type: 'clock.paused' });

describe('compressRedacted', () => {
  it('merges neighbouring redacted events into one run', () => {
    const out = compressRedacted([clock(1), red(2), red(3), red(4), clock(5), red(6)]);
    expect(out.map((e) => [e.seq, lastSeqOf(e)])).toEqual([
      [1, 1],
      [2, 4],
      [5, 5],
      [6, 6],
    ]);
  });

  it('covers exactly the same seqs as before, for any mix', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 60 }), (hidden) => {
        const events = hidden.map((h, i) => (h ? red(i + 1) : clock(i + 1)));
        const out = compressRedacted(events);
        const covered = out.flatMap((e) => Array.from({ length: lastSeqOf(e) - e.seq + 1 }, (_, i) => e.seq + i));
        expect(covered).toEqual(events.map((e) => e.seq));
        for (let i = 1; i < out.length; i++)
          expect(must(out[i - 1]).event.type === 'redacted' && must(out[i]).event.type === 'redacted').toBe(false);
      }),
    );
  });

  it('applying a run gives the same state as applying each redacted event', () => {
    const events = [clock(1), red(2), red(3), red(4), clock(5)];
    expect(applyAll(emptyState(), compressRedacted(events))).toEqual(applyAll(emptyState(), events));
  });
});

describe('stepFor', () => {
  it('applies the next seq, skips what it has, and sees a gap', () => {
    expect(stepFor(4, clock(5))).toEqual({ kind: 'apply' });
    expect(stepFor(4, clock(4))).toEqual({ kind: 'skip' });
    expect(stepFor(4, clock(2))).toEqual({ kind: 'skip' });
    expect(stepFor(4, clock(6))).toEqual({ kind: 'gap' });
  });

  it('treats a redacted run by its whole range', () => {
    expect(stepFor(4, red(5, 9))).toEqual({ kind: 'apply' });
    expect(stepFor(9, red(5, 9))).toEqual({ kind: 'skip' });
    expect(stepFor(3, red(5, 9))).toEqual({ kind: 'gap' });
  });
});

// A log over two tables, as a host of table 1 sees it.
const noteAt = (n: number, table: number): WorkshopEvent => ({
  type: 'note.added',
  noteId: uuidOf(n),
  table,
  questionId: 'q1',
  round: 1,
  text: `n${n}`,
  source: 'host',
});
const logArb = fc
  .array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 30 })
  .map((tables): StoredEvent[] => [
    stored(1, T0, { type: 'workshop.created', definition: templateOn() }, { role: 'organiser' }),
    ...tables.map((t, i) => stored(i + 2, T0 + i, noteAt(i + 1, t), { role: 'host', table: t })),
  ]);
const host1: Viewer = { role: 'host', table: 1 };

/** The welcome a host of table 1 gets when it reconnects with `lastSeq`. */
const welcomeFrom = (log: StoredEvent[], lastSeq: number): VisibleEvent[] => {
  const full = applyAll(emptyState(), log);
  return compressRedacted(log.filter((x) => x.seq > lastSeq).map((x) => visibleTo(host1, x, full)));
};

/** A client that follows stepFor: applies the next event, drops what it has, and on a gap resyncs by a welcome. */
function client(log: StoredEvent[], deliveries: VisibleEvent[]): WorkshopState {
  let state = emptyState();
  for (const e of deliveries) {
    const step = stepFor(state.seq, e);
    if (step.kind === 'apply') state = apply(state, e);
    if (step.kind === 'gap') state = applyAll(state, welcomeFrom(log, state.seq));
  }
  return state;
}

describe('resume after gaps (property)', () => {
  it('a client fed live events out of order, with repeats and losses, ends where a fresh one does after a last welcome', () => {
    fc.assert(
      fc.property(logArb, fc.array(fc.nat(), { maxLength: 80 }), (log, picks) => {
        const full = applyAll(emptyState(), log);
        const live = log.map((e) => visibleTo(host1, e, full));
        const deliveries = picks.map((p) => must(live[p % live.length]));
        // Whatever happened, the next welcome (on reconnect, from the client's lastSeq) brings it up to date.
        const during = client(log, deliveries);
        expect(during.seq).toBeLessThanOrEqual(log.length);
        // Never a gap or a repeat: at any moment the client holds exactly the first `seq` events.
        expect(during.notes).toEqual(applyAll(emptyState(), live.slice(0, during.seq)).notes);
        const after = applyAll(during, welcomeFrom(log, during.seq));
        const fresh = applyAll(emptyState(), compressRedacted(live));
        expect(after.seq).toBe(log.length);
        expect(after.notes).toEqual(fresh.notes);
        expect(after.noteOrder).toEqual(fresh.noteOrder);
      }),
    );
  });

  it("a host never holds another table's note, however the stream arrived", () => {
    fc.assert(
      fc.property(logArb, (log) => {
        const full = applyAll(emptyState(), log);
        const state = applyAll(emptyState(), compressRedacted(log.map((e) => visibleTo(host1, e, full))));
        expect(Object.values(state.notes).every((n) => n.table === 1)).toBe(true);
      }),
    );
  });
});
