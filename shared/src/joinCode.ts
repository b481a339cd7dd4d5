/** Join codes use letters and digits that cannot be mistaken for each other when read off a projector (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** What people type: any case, spaces and dashes ignored. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** Whether `code` (already normalised) could be a join code; used to answer at once instead of asking the server. */
export function isWellFormedJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && Array.from(code).every((c) => JOIN_CODE_ALPHABET.includes(c));
}
