// The server's live themes: which events touch which question's themes, and the debounce with a maximum wait.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredEvent, WorkshopEvent } from '@kafe/shared/events';
import { apply, applyAll, emptyState } from '@kafe/shared/reducer';
import type { WorkshopState } from '@kafe/shared/state';
import { stored, templateOn, uuidOf } from '../../fixtures/workshop.js';
import { Debouncer } from '../../../server/src/themes/debounce.js';
import { themeImpact, themeInput } from '../../../server/src/themes/questionNotes.js';

const def = templateOn();
const base = applyAll(emptyState(), [stored(1, 0, { type: 'workshop.created', definition: def })]);
const add = (n: number, extra: Partial<Extract<WorkshopEvent, { type: 'note.added' }>> = {}): WorkshopEvent => ({
  type: 'note.added',
  noteId: uuidOf(n),
  table: 1,
  questionId: 'q1',
  round: 1,
  text: `notat ${n}`,
  source: 'host',
  ...extra,
});

/** Applies `events` to `state` and returns the impact of the last one. */
function impactOf(
  state: WorkshopState,
  ...events: WorkshopEvent[]
): { impact: ReturnType<typeof themeImpact>; after: WorkshopState } {
  let before = state;
  let after = state;
  let last: StoredEvent | null = null;
  for (const e of events) {
    last = stored(after.seq + 1, 1000, e);
    before = after;
    after = apply(after, last);
  }
  if (!last) throw new Error('no events');
  return { impact: themeImpact(last, before, after), after };
}

describe('themeImpact', () => {
  it('a new note touches its question, not urgently', () => {
    expect(impactOf(base, add(1)).impact).toEqual({ questionIds: ['q1'], urgent: false });
  });

  it('a held idea touches nothing until approved', () => {
    const { impact, after } = impactOf(base, add(1, { source: 'participant', pending: true }));
    expect(impact.questionIds).toEqual([]);
    expect(impactOf(after, { type: 'note.moderated', noteId: uuidOf(1), approved: true }).impact).toEqual({
      questionIds: ['q1'],
      urgent: false,
    });
  });

  it('hiding or deleting a shown note is urgent; editing a hidden note touches nothing', () => {
    const withNote = impactOf(base, add(1)).after;
    expect(impactOf(withNote, { type: 'note.hidden', noteId: uuidOf(1), hidden: true }).impact).toEqual({
      questionIds: ['q1'],
      urgent: true,
    });
    expect(impactOf(withNote, { type: 'note.deleted', noteId: uuidOf(1) }).impact).toEqual({
      questionIds: ['q1'],
      urgent: true,
    });
    const hidden = impactOf(withNote, { type: 'note.hidden', noteId: uuidOf(1), hidden: true }).after;
    expect(impactOf(hidden, { type: 'note.edited', noteId: uuidOf(1), text: 'nytt' }).impact.questionIds).toEqual([]);
  });

  it('clock and screen events touch no themes; a new definition touches every question', () => {
    expect(impactOf(base, { type: 'screen.spotlight', noteId: null }).impact.questionIds).toEqual([]);
    expect(impactOf(base, { type: 'workshop.updated', definition: def }).impact.questionIds).toEqual([
      'q1',
      'q2',
      'q3',
    ]);
  });

  it('themes are made of exactly the notes the projector may show', () => {
    const { after } = impactOf(
      base,
      add(1),
      add(2),
      add(3, { questionId: 'q2', round: 2 }),
      add(4, { pending: true, source: 'participant' }),
      { type: 'note.hidden', noteId: uuidOf(2), hidden: true },
    );
    expect(themeInput(after, 'q1').map((n) => n.id)).toEqual([uuidOf(1)]);
  });
});

describe('Debouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, a moment after the last call of a burst', () => {
    const d = new Debouncer(400, 1500, () => Date.now());
    const run = vi.fn();
    for (let i = 0; i < 5; i++) {
      d.schedule('q1', run);
      vi.advanceTimersByTime(100);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a steady stream still runs within the maximum wait', () => {
    const d = new Debouncer(400, 1500, () => Date.now());
    const run = vi.fn();
    for (let t = 0; t < 1600; t += 100) {
      d.schedule('q1', run);
      vi.advanceTimersByTime(100);
    }
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('urgent runs on the next turn; keys are independent; close cancels', () => {
    const d = new Debouncer(400, 1500, () => Date.now());
    const a = vi.fn();
    const b = vi.fn();
    d.schedule('a', a);
    d.schedule('b', b, true);
    vi.advanceTimersByTime(0);
    expect(b).toHaveBeenCalledTimes(1);
    expect(a).not.toHaveBeenCalled();
    d.close();
    vi.advanceTimersByTime(1000);
    expect(a).not.toHaveBeenCalled();
  });
});
