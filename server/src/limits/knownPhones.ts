import { createHash } from 'node:crypto';

/**
 * Phones that joined with a right code, remembered by a hash of (code, key). A phone reconnecting after a Wi-Fi blip
 * proves itself with both, which a guesser does not have, so it skips the join-code line of a slowed IP. Kept in
 * memory only: after a restart phones wait like new ones until they are back in.
 */
export class KnownPhones {
  private readonly seen = new Set<string>();

  constructor(private readonly max = 100_000) {}

  private static key(code: string, participantKey: string): string {
    return createHash('sha256').update(`${code}/${participantKey}`).digest('base64url');
  }

  has(code: string, participantKey: string): boolean {
    return this.seen.has(KnownPhones.key(code, participantKey));
  }

  add(code: string, participantKey: string): void {
    if (this.seen.size >= this.max) this.seen.clear(); // a bound, not an index: forgetting only costs a short wait
    this.seen.add(KnownPhones.key(code, participantKey));
  }
}
