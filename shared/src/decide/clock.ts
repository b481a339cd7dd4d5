import type { WorkshopState } from '../state.js';
import { planShiftForStart, timelineAt } from '../timeline.js';
import { accept, refuse, type Decision } from './result.js';
import type { Command } from '../commands.js';
import type { CommandName } from '../protocol.js';

export type ClockCommand = Extract<CommandName, `clock:${string}`>;
/** A clock command with its parsed payload; switching on `name` narrows `payload`. */
export type ClockCommandInput = Command<ClockCommand>;

/**
 * The facilitator's clock buttons, turned into clock events against where the workshop is now. Reads only the agenda
 * and the clock, so the console can also ask it what a button would do before it is pressed (timelineRoundChange.ts).
 */
export function decideClock(
  state: Pick<WorkshopState, 'definition' | 'clock'>,
  cmd: ClockCommandInput,
  now: number,
): Decision {
  const def = state.definition;
  if (!def) return refuse('not_found', 'the workshop does not exist');
  const t = timelineAt(def, state.clock, now);
  const started = t.status === 'running' || t.status === 'paused';
  switch (cmd.name) {
    case 'clock:start':
      if (t.status !== 'notStarted') return refuse('conflict', 'the clock has already started');
      return accept({ type: 'clock.started', planShiftMs: planShiftForStart(def, now) });
    case 'clock:pause':
      if (t.status !== 'running') return refuse('conflict', 'the clock is not running');
      return accept({ type: 'clock.paused' });
    case 'clock:resume':
      if (t.status !== 'paused') return refuse('conflict', 'the clock is not paused');
      return accept({ type: 'clock.resumed' });
    case 'clock:next':
      if (!started)
        return refuse('conflict', t.status === 'finished' ? 'the workshop has ended' : 'start the clock first');
      return accept({ type: 'clock.jumped', segmentId: def.agenda[t.index + 1]?.id ?? null });
    case 'clock:prev': {
      if (t.status === 'notStarted') return refuse('conflict', 'start the clock first');
      const target = def.agenda[Math.max(0, Math.min(t.index, def.agenda.length) - 1)];
      if (!target) return refuse('conflict', 'there is no earlier segment');
      return accept({ type: 'clock.jumped', segmentId: target.id });
    }
    case 'clock:jump': {
      if (t.status === 'notStarted') return refuse('conflict', 'start the clock first');
      const { segmentId } = cmd.payload;
      if (!def.agenda.some((s) => s.id === segmentId))
        return refuse('not_found', `no segment "${segmentId}" in the agenda`);
      return accept({ type: 'clock.jumped', segmentId });
    }
    case 'clock:adjust':
      if (!started) return refuse('conflict', 'the clock is not running');
      return accept({ type: 'clock.adjusted', deltaMs: cmd.payload.deltaMs });
    case 'clock:catchUp':
      if (!started) return refuse('conflict', 'the clock is not running');
      return accept({ type: 'clock.caughtUp' });
    case 'clock:mode': {
      const { mode } = cmd.payload;
      if (mode === t.mode) return refuse('conflict', `the clock already runs in ${mode} mode`);
      return accept({ type: 'clock.modeChanged', mode });
    }
    case 'clock:reset':
      if (t.status === 'notStarted') return refuse('conflict', 'the clock has not started');
      return accept({ type: 'clock.reset' });
    default:
      return cmd satisfies never;
  }
}
