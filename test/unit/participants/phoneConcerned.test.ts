// Which phone's room an event goes to (server/src/realtime/participants.ts phoneConcerned): the broadcaster sends an
// event that differs per phone only to the phone it names, so this must name exactly the phone the projection shows it.
import { describe, expect, it } from 'vitest';
import type { StoredEvent, WorkshopEvent } from '@kafe/shared/events';
import { visibleTo } from '@kafe/shared/projection';
import type { WorkshopState } from '@kafe/shared/state';
import { phoneConcerned } from '../../../server/src/realtime/participants.js';
import { uuidOf } from '../../fixtures/workshop.js';
import { cmd, decide, eventOf, phone, run, workshop } from './fixtures.js';

const at = Date.UTC(2026, 2, 10, 12, 10);
const stored = (state: WorkshopState, event: WorkshopEvent, actor = phone('p1')): StoredEvent => ({
  seq: state.seq,
  at,
  actor,
  event,
});
/** The phones among p1, p2, p3 whose projection of `e` is not redacted. */
const seenBy = (e: StoredEvent, state: WorkshopState): string[] =>
  ['p1', 'p2', 'p3'].filter(
    (p) => visibleTo({ role: 'participant', participantId: p }, e, state).event.type !== 'redacted',
  );

describe('phoneConcerned', () => {
  const s = workshop(
    { ideas: 'open' },
    { type: 'clock.started', planShiftMs: 0 },
    { type: 'participant.joined', participantId: 'p1', name: '', table: 3 },
    { type: 'participant.joined', participantId: 'p2', name: '', table: 3 },
  );

  it('a join names the joining phone, the only one that sees it', () => {
    const e = stored(s, { type: 'participant.joined', participantId: 'p3', name: '', table: null }, phone('p3'));
    expect(phoneConcerned(e, s)).toBe('p3');
    expect(seenBy(e, s)).toEqual(['p3']);
  });

  it("an idea, and a host's edit of it, name the phone that sent it", () => {
    const decided = decide(s, phone('p2'), cmd('idea:add', { noteId: uuidOf(1), text: 'Mer tillit' }), at);
    const add = eventOf(decided);
    if (!add) throw new Error('the idea was refused');
    const after = run(s, phone('p2'), decided, at);
    const added = stored(after, add, phone('p2'));
    expect(phoneConcerned(added, after)).toBe('p2');
    expect(seenBy(added, after)).toEqual(['p2']);
    const edited = stored(
      after,
      { type: 'note.edited', noteId: uuidOf(1), text: 'Mer tillit!' },
      { role: 'host', table: 3 },
    );
    expect(phoneConcerned(edited, after)).toBe('p2');
    expect(seenBy(edited, after)).toEqual(['p2']);
  });

  it('an event for every phone names none', () => {
    const e = stored(s, { type: 'clock.paused' }, { role: 'facilitator' });
    expect(phoneConcerned(e, s)).toBeNull();
  });
});
