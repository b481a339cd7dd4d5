import type { CommandName } from './protocol.js';

/**
 * The independent queues of one outbox. Each is sent strictly in order, but neither waits for the other: a flip-chart
 * photo that takes minutes on a slow link, or keeps failing, must not hold back the notes typed after it.
 */
export type OutboxLane = 'commands' | 'photos';

export const OUTBOX_LANES: readonly OutboxLane[] = ['commands', 'photos'];

/**
 * Every photo command shares the photos lane, in the order it was made: a removal (a delete, or the old photo of a
 * retake) can then never overtake the upload it names, without the outbox having to track which photo is which.
 * Nothing else depends on a photo, so notes and every other command go on in the commands lane.
 */
const PHOTO_COMMANDS: ReadonlySet<CommandName> = new Set<CommandName>(['photo:add', 'photo:remove', 'photo:show']);

export const laneOf = (entry: { name: CommandName }): OutboxLane =>
  PHOTO_COMMANDS.has(entry.name) ? 'photos' : 'commands';

/**
 * What an entry is about, when later entries of its lane can only follow it: a photo's id. When the server refuses a
 * photo for good, the entries queued after it about the same photo (its removal) are pointless and go with it.
 */
export function subjectOf(entry: { name: CommandName; payload: object }): string | null {
  if (!PHOTO_COMMANDS.has(entry.name)) return null;
  return 'photoId' in entry.payload && typeof entry.payload.photoId === 'string' ? entry.payload.photoId : null;
}
