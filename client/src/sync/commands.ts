import type { CommandResult } from '@kafe/shared/protocol';
import { sendCommand, type CommandName } from './connection';
import { uuid } from './uuid';

/** A one-off command (clock buttons, settings): a fresh opId, sent now, answered with the server's verdict. */
export function command(name: CommandName, payload: Record<string, unknown> = {}): Promise<CommandResult> {
  return sendCommand(name, { opId: uuid(), ...payload });
}
