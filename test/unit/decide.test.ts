// decide(): who may do what, and clock buttons pressed at the wrong moment (shared/src/decide).
import { describe, expect, it } from 'vitest';
import type { Command } from '@kafe/shared/commands';
import { decide, parseCommand } from '@kafe/shared/decide/index';
import type { Actor, WorkshopEvent } from '@kafe/shared/events';
import { COMMAND_NAMES, type CommandName } from '@kafe/shared/protocol';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import type { WorkshopState } from '@kafe/shared/state';
import { MINUTE, oslo, stored, templateOn, uuidOf } from '../fixtures/workshop.js';

const facilitator: Actor = { role: 'facilitator' };
const host1: Actor = { role: 'host', table: 1 };
const OP = '11111111-1111-4111-8111-111111111111';

function cmd(name: CommandName, payload: Record<string, unknown> = {}): Command {
  const parsed = parseCommand(name, { opId: OP, ...payload });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.cmd;
}
/** The workshop after `events` (seq 2, 3, …) at 12:40, 12:41, … on the template's day. */
function state(...events: WorkshopEvent[]): WorkshopState {
  return applyAll(emptyState(), [
    stored(1, oslo('12:00'), { type: 'workshop.created', definition: templateOn() }, { role: 'organiser' }),
    ...events.map((e, i) => stored(i + 2, oslo('12:45') + i * MINUTE, e)),
  ]);
}
const started = (): WorkshopState => state({ type: 'clock.started', planShiftMs: 0 });
const refusal = (d: ReturnType<typeof decide>) => (d.ok ? null : d.error);
const eventOf = (d: ReturnType<typeof decide>) => (d.ok ? d.event : null);

describe('roles', () => {
  const clockCommands = COMMAND_NAMES.filter((n) => n.startsWith('clock:'));
  const payloads: Partial<Record<CommandName, Record<string, unknown>>> = {
    'clock:jump': { segmentId: 'round-1' },
    'clock:adjust': { deltaMs: MINUTE },
    'clock:mode': { mode: 'durations' },
  };
  const others: Actor[] = [host1, { role: 'participant', participantId: 'p1' }, { role: 'screen' }];

  for (const actor of others) {
    it(`a ${actor.role} cannot use any clock button`, () => {
      for (const name of clockCommands) {
        expect(refusal(decide(started(), actor, cmd(name, payloads[name]), oslo('12:50')))?.code, name).toBe(
          'forbidden',
        );
      }
    });
  }

  it('the facilitator can start the clock', () => {
    expect(eventOf(decide(state(), facilitator, cmd('clock:start'), oslo('12:45')))).toEqual({
      type: 'clock.started',
      planShiftMs: 0,
    });
  });

  it('a host writes notes for its own table only', () => {
    const own = decide(started(), host1, cmd('note:add', { noteId: uuidOf(1), text: 'Tillit' }), oslo('13:05'));
    expect(eventOf(own)).toMatchObject({ type: 'note.added', table: 1, round: 1, questionId: 'q1', source: 'host' });
    const other = decide(
      started(),
      host1,
      cmd('note:add', { noteId: uuidOf(1), text: 'Tillit', table: 2 }),
      oslo('13:05'),
    );
    expect(refusal(other)).toMatchObject({ code: 'forbidden', message: 'a host of table 1 cannot write for table 2' });
  });

  it("a host cannot edit, delete or star another table's note", () => {
    const s = state({
      type: 'note.added',
      noteId: uuidOf(1),
      table: 2,
      questionId: 'q1',
      round: 1,
      text: 'x',
      source: 'host',
    });
    for (const [name, extra] of [
      ['note:edit', { text: 'y' }],
      ['note:delete', {}],
      ['note:star', { starred: true }],
    ] as const) {
      expect(refusal(decide(s, host1, cmd(name, { noteId: uuidOf(1), ...extra }), oslo('13:05')))?.code, name).toBe(
        'forbidden',
      );
    }
  });

  it('a screen and a participant cannot write table notes', () => {
    expect(
      refusal(decide(started(), { role: 'screen' }, cmd('note:add', { noteId: uuidOf(1), text: 'x' }), oslo('13:05')))
        ?.code,
    ).toBe('forbidden');
    expect(
      refusal(
        decide(
          started(),
          { role: 'participant', participantId: 'p' },
          cmd('note:add', { noteId: uuidOf(1), text: 'x' }),
          oslo('13:05'),
        ),
      )?.code,
    ).toBe('forbidden');
  });

  it('the facilitator must say which existing table a note is for', () => {
    expect(
      refusal(decide(started(), facilitator, cmd('note:add', { noteId: uuidOf(1), text: 'x' }), oslo('13:05')))?.code,
    ).toBe('bad_request');
    expect(
      refusal(
        decide(started(), facilitator, cmd('note:add', { noteId: uuidOf(1), text: 'x', table: 11 }), oslo('13:05')),
      )?.code,
    ).toBe('not_found');
    expect(
      eventOf(
        decide(started(), facilitator, cmd('note:add', { noteId: uuidOf(1), text: 'x', table: 10 }), oslo('13:05')),
      ),
    ).toMatchObject({ table: 10, source: 'facilitator' });
  });

  it('a note taken during round 2 belongs to round 2 and its question', () => {
    expect(
      eventOf(decide(started(), host1, cmd('note:add', { noteId: uuidOf(1), text: 'x' }), oslo('13:30'))),
    ).toMatchObject({ round: 2, questionId: 'q2' });
  });
});

describe('notes are checked by the schema', () => {
  it('an empty or blank note is refused with a message', () => {
    for (const text of ['', '   ', '\n\t']) {
      const r = parseCommand('note:add', { opId: OP, noteId: uuidOf(1), text });
      expect(r).toEqual({ ok: false, message: 'text: a note cannot be empty' });
    }
  });

  it('a note over 1000 characters is refused with a message', () => {
    const r = parseCommand('note:add', { opId: OP, noteId: uuidOf(1), text: 'x'.repeat(1001) });
    expect(r).toEqual({ ok: false, message: 'text: a note holds at most 1000 characters' });
    expect(parseCommand('note:add', { opId: OP, noteId: uuidOf(1), text: 'x'.repeat(1000) }).ok).toBe(true);
  });

  it('an edit to an empty text is refused too', () => {
    expect(parseCommand('note:edit', { opId: OP, noteId: uuidOf(1), text: ' ' }).ok).toBe(false);
  });

  it('the opId must be a UUID and extra fields are refused', () => {
    expect(parseCommand('clock:start', { opId: 'abc' })).toEqual({ ok: false, message: 'opId: opId must be a UUID' });
    expect(parseCommand('clock:start', {}).ok).toBe(false);
    expect(parseCommand('clock:start', { opId: OP, extra: 1 }).ok).toBe(false);
    expect(parseCommand('clock:start', 'start').ok).toBe(false);
  });
});

describe('clock buttons at the wrong moment give a conflict that says why', () => {
  const at = oslo('12:50');
  const conflict = (s: WorkshopState, name: CommandName, payload?: Record<string, unknown>) =>
    refusal(decide(s, facilitator, cmd(name, payload), at));

  it('before the start', () => {
    expect(conflict(state(), 'clock:pause')).toEqual({ code: 'conflict', message: 'the clock is not running' });
    expect(conflict(state(), 'clock:resume')).toEqual({ code: 'conflict', message: 'the clock is not paused' });
    expect(conflict(state(), 'clock:next')).toEqual({ code: 'conflict', message: 'start the clock first' });
    expect(conflict(state(), 'clock:prev')).toEqual({ code: 'conflict', message: 'start the clock first' });
    expect(conflict(state(), 'clock:jump', { segmentId: 'round-1' })).toEqual({
      code: 'conflict',
      message: 'start the clock first',
    });
    expect(conflict(state(), 'clock:adjust', { deltaMs: MINUTE })).toEqual({
      code: 'conflict',
      message: 'the clock is not running',
    });
    expect(conflict(state(), 'clock:catchUp')).toEqual({ code: 'conflict', message: 'the clock is not running' });
    expect(conflict(state(), 'clock:reset')).toEqual({ code: 'conflict', message: 'the clock has not started' });
  });

  it('while running', () => {
    expect(conflict(started(), 'clock:start')).toEqual({ code: 'conflict', message: 'the clock has already started' });
    expect(conflict(started(), 'clock:resume')).toEqual({ code: 'conflict', message: 'the clock is not paused' });
    expect(conflict(started(), 'clock:mode', { mode: 'fixed' })).toEqual({
      code: 'conflict',
      message: 'the clock already runs in fixed mode',
    });
  });

  it('while paused', () => {
    expect(conflict(state({ type: 'clock.started', planShiftMs: 0 }, { type: 'clock.paused' }), 'clock:pause')).toEqual(
      { code: 'conflict', message: 'the clock is not running' },
    );
  });

  it('after the end', () => {
    const ended = state({ type: 'clock.started', planShiftMs: 0 }, { type: 'clock.jumped', segmentId: null });
    expect(conflict(ended, 'clock:next')).toEqual({ code: 'conflict', message: 'the workshop has ended' });
    expect(conflict(ended, 'clock:pause')).toEqual({ code: 'conflict', message: 'the clock is not running' });
  });

  it('a jump to a segment that does not exist is not_found', () => {
    expect(conflict(started(), 'clock:jump', { segmentId: 'nope' })).toEqual({
      code: 'not_found',
      message: 'no segment "nope" in the agenda',
    });
  });
});

describe('clock buttons at the right moment', () => {
  const at = oslo('12:50');
  const decided = (s: WorkshopState, name: CommandName, payload?: Record<string, unknown>) =>
    eventOf(decide(s, facilitator, cmd(name, payload), at));

  it('next jumps to the following segment, and from the last one ends the workshop', () => {
    expect(decided(started(), 'clock:next')).toEqual({ type: 'clock.jumped', segmentId: 'round-1' });
    const plenary = state({ type: 'clock.started', planShiftMs: 0 }, { type: 'clock.jumped', segmentId: 'plenary' });
    expect(decided(plenary, 'clock:next')).toEqual({ type: 'clock.jumped', segmentId: null });
  });

  it('previous goes back one segment, also from after the end', () => {
    const round2 = state({ type: 'clock.started', planShiftMs: 0 }, { type: 'clock.jumped', segmentId: 'round-2' });
    expect(decided(round2, 'clock:prev')).toEqual({ type: 'clock.jumped', segmentId: 'rotation-1' });
    const ended = state({ type: 'clock.started', planShiftMs: 0 }, { type: 'clock.jumped', segmentId: null });
    expect(decided(ended, 'clock:prev')).toEqual({ type: 'clock.jumped', segmentId: 'plenary' });
  });

  it('pause, resume, ±1 minute, catch-up, mode and reset', () => {
    expect(decided(started(), 'clock:pause')).toEqual({ type: 'clock.paused' });
    expect(decided(state({ type: 'clock.started', planShiftMs: 0 }, { type: 'clock.paused' }), 'clock:resume')).toEqual(
      { type: 'clock.resumed' },
    );
    expect(decided(started(), 'clock:adjust', { deltaMs: -MINUTE })).toEqual({
      type: 'clock.adjusted',
      deltaMs: -MINUTE,
    });
    expect(decided(started(), 'clock:catchUp')).toEqual({ type: 'clock.caughtUp' });
    expect(decided(state(), 'clock:mode', { mode: 'durations' })).toEqual({
      type: 'clock.modeChanged',
      mode: 'durations',
    });
    expect(decided(started(), 'clock:reset')).toEqual({ type: 'clock.reset' });
  });

  it('a start on another day moves the plan to start now', () => {
    const d = decide(state(), facilitator, cmd('clock:start'), oslo('10:00', 0, '2026-03-09'));
    expect(eventOf(d)).toEqual({ type: 'clock.started', planShiftMs: oslo('10:00', 0, '2026-03-09') - oslo('12:45') });
  });
});
