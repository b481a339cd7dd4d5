import { createHash, randomBytes, randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@kafe/shared/joinCode';

/** 128 random bits, URL-safe. */
export const newToken = (): string => randomBytes(16).toString('base64url');

/** Tokens carry 128 random bits, so a plain SHA-256 is enough to store them: there is nothing to brute-force. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET.charAt(randomInt(JOIN_CODE_ALPHABET.length));
  return code;
}

export const newWorkshopId = (): string => randomBytes(8).toString('hex');
