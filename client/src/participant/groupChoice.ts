/**
 * The phone's group choice while it is on its way. A tap shows at once (a radio that waits for the server looks broken
 * on a slow network). With two quick taps, the first one's answer arrives while the second is still out: showing the
 * server's state then would make the radio jump back to the first choice, so only the answer to the latest tap counts.
 * The server sends a command's event before its ack, so once the latest tap is answered the store already has it.
 */
export interface GroupChoice {
  /** The latest tap's number: an answer carries its request's, so it can tell whether it is the latest one's. */
  latest: number;
  /** The latest tap's group ('' for no answer) until it is answered; null when the store's own choice stands. */
  pending: string | null;
  status: 'idle' | 'saved' | 'failed';
}

export const NO_CHOICE: GroupChoice = { latest: 0, pending: null, status: 'idle' };

/** Tap number `n` (counted by the page, 1, 2, …) on `group`: shown at once, any earlier message cleared. */
export function tapped(group: string, n: number): GroupChoice {
  return { latest: n, pending: group, status: 'idle' };
}

/** The server answered request `n`. An older one's answer changes nothing: a later tap is still on its way. */
export function answered(c: GroupChoice, n: number, ok: boolean): GroupChoice {
  if (n !== c.latest) return c;
  return { latest: c.latest, pending: null, status: ok ? 'saved' : 'failed' };
}

/** The option shown as chosen: the latest tap while it is out, else what the server has (`saved`). */
export function shownGroup(c: GroupChoice, saved: string): string {
  return c.pending ?? saved;
}
