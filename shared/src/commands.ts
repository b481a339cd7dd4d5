import type { z } from 'zod';
import type { CommandName, CommandPayload, commandSchemas } from './protocol.js';

/**
 * What a caller writes to send a command: its fields as the schema accepts them, without the opId (the sync layer
 * adds a fresh one). Derived from `commandSchemas`, so a misspelled or missing field does not compile, instead of
 * being refused `bad_request` by the server, a refusal the outbox treats as final.
 */
export type CommandInput<C extends CommandName> = Omit<z.input<(typeof commandSchemas)[C]>, 'opId'>;

/** A sender's arguments after the name: the input, which may be left out when every field is optional (`clock:start`). */
export type CommandArgs<C extends CommandName> =
  object extends CommandInput<C> ? [input?: CommandInput<C>] : [input: CommandInput<C>];

/** A command as `decide` takes it: its name and parsed payload. Over a union of names, switching on `name` narrows `payload`. */
export type Command<C extends CommandName = CommandName> = { [K in C]: { name: K; payload: CommandPayload<K> } }[C];

/**
 * Every command's input, given its opId, is already its parsed payload: no command has a default or a transform that
 * changes a field's type (zod's trim keeps a string a string). Fails to compile the day one does, naming it.
 */
type InputIsParsed = {
  [C in CommandName]: CommandInput<C> & { opId: string } extends CommandPayload<C> ? never : C;
}[CommandName];
type MustBeNever<T extends never> = T;
export type InputsAreParsed = MustBeNever<InputIsParsed>;

/** The command this device makes from a typed input, in the form `decide` takes (the optimistic view runs it locally). */
export function commandOf<C extends CommandName>(name: C, opId: string, input: CommandInput<C>): Command<C> {
  // The compiler cannot resolve Command<C> for a generic C; InputIsParsed above proves the payload has that type.
  return { name, payload: { ...input, opId } } as unknown as Command<C>;
}
