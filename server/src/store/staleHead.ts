/**
 * An append found the log already past the head it was decided against: another process appended meanwhile. Nothing
 * was written; the runtime catches up from the store and decides again (the user is never refused for this).
 */
export class StaleHead extends Error {
  constructor(
    readonly workshopId: string,
    readonly storedSeq: number,
    readonly expectedSeq: number,
  ) {
    super(`workshop ${workshopId} is at seq ${storedSeq}, not ${expectedSeq}`);
    this.name = 'StaleHead';
  }
}

/**
 * Whether the store refused a row for a unique constraint (SQLSTATE 23505): on the events table, an (actor, opId) or
 * seq another process wrote first. The constraint is the arbiter of exactly-once; the runtime treats this as a stale
 * head, catches up (learning that opId) and answers the command as the replay it is.
 */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === '23505';
}
