import type { Command } from '../commands.js';
import { commandSchemas, type CommandName } from '../protocol.js';

export { COMMAND_ROLES, decide } from './decide.js';

export type ParsedCommand = { ok: true; cmd: Command } | { ok: false; message: string };

export function parseCommand(name: CommandName, payload: unknown): ParsedCommand {
  const result = commandSchemas[name].safeParse(payload);
  if (!result.success)
    return {
      ok: false,
      message: result.error.issues.map((i) => `${i.path.join('.') || name}: ${i.message}`).join('; '),
    };
  // zod cannot tie the schema picked by `name` to its output type; this pairing is exactly what commandSchemas declares.
  return { ok: true, cmd: { name, payload: result.data } as Command };
}
