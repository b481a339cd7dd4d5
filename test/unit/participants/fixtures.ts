// A scripted workshop for the participant decisions: the template, started, with phones joined.
import type { Command } from '@kafe/shared/commands';
import { decide, parseCommand } from '@kafe/shared/decide/index';
import type { Decision } from '@kafe/shared/decide/result';
import type { Actor, WorkshopEvent } from '@kafe/shared/events';
import type { CommandName } from '@kafe/shared/protocol';
import { apply, applyAll, emptyState } from '@kafe/shared/reducer';
import type { WorkshopState } from '@kafe/shared/state';
import { MINUTE, oslo, stored, templateOn } from '../../fixtures/workshop.js';

const OP = '11111111-1111-4111-8111-111111111111';
export const facilitator: Actor = { role: 'facilitator' };
export const phone = (participantId: string): Actor => ({ role: 'participant', participantId });

export function cmd(name: CommandName, payload: Record<string, unknown> = {}): Command {
  const parsed = parseCommand(name, { opId: OP, ...payload });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.cmd;
}

/** The template workshop (settings patched) after `events`, one a minute from 12:45. */
export function workshop(
  settings: Partial<ReturnType<typeof templateOn>['settings']> = {},
  ...events: WorkshopEvent[]
): WorkshopState {
  const def = templateOn();
  return applyAll(emptyState(), [
    stored(
      1,
      oslo('12:00'),
      { type: 'workshop.created', definition: { ...def, settings: { ...def.settings, ...settings } } },
      { role: 'organiser' },
    ),
    ...events.map((e, i) => stored(i + 2, oslo('12:45') + i * MINUTE, e)),
  ]);
}

/** Applies an accepted decision as the server would (actor and time included); throws on a refusal. */
export function run(state: WorkshopState, actor: Actor, d: Decision, at = oslo('13:05')): WorkshopState {
  if (!d.ok) throw new Error(`refused: ${d.error.code} ${d.error.message}`);
  if (d.event === null) return state;
  return apply(state, { seq: state.seq + 1, at, actor, event: d.event });
}

export const refusal = (d: Decision) => (d.ok ? null : d.error);
export const eventOf = (d: Decision): WorkshopEvent | null => (d.ok ? d.event : null);
export { decide };
