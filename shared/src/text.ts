import { z } from 'zod';

/**
 * Whether PostgreSQL can store `s` in a text or jsonb column: no NUL (U+0000) and no unpaired UTF-16 surrogate. Both
 * pass a plain z.string() and then fail the insert (SQLSTATE 22P05 / 22P02), so they are refused at the schema instead.
 * A loop rather than String.prototype.isWellFormed: older phones' browsers lack it, and this runs there too.
 */
export function isStorableText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return false;
    if (c >= 0xdc00 && c <= 0xdfff) return false; // a low surrogate without a high one before it
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    }
  }
  return true;
}

export const UNSTORABLE_TEXT_MESSAGE =
  'text contains a character that cannot be stored (NUL or a broken surrogate pair)';

/**
 * Every string in the shared schemas starts here, so no text that the store would refuse can pass validation: what
 * the schema accepts, the database stores, and the loader reads back.
 */
export const text = (): z.ZodString =>
  z.string().refine(isStorableText, { error: UNSTORABLE_TEXT_MESSAGE, abort: true });

/** Names every plain object inherits: as a key or id they would read Object.prototype's members, not our data. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Whether `s` can key a plain-object record in the state (votes by question id, curation by theme key, …). */
export const isSafeKey = (s: string): boolean => !INHERITED.has(s);

/**
 * Ids and record keys a client chooses (question, segment and evaluation ids, theme keys, vote options): storable text
 * that is never the name of an inherited member, so `state.votes[id]` can only find a vote.
 */
export const key = (): z.ZodString =>
  text().refine(isSafeKey, { error: 'this name is reserved; choose another', abort: true });
