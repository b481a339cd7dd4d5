// Join codes: read off a projector, typed on a phone (shared/src/joinCode.ts, server/src/workshops/secrets.ts).
import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, isWellFormedJoinCode, normaliseJoinCode } from '@kafe/shared/joinCode';
import { newJoinCode } from '../../server/src/workshops/secrets.js';

describe('the join code alphabet', () => {
  it('has no characters that look alike on a projector (0/O, 1/I/L)', () => {
    for (const c of ['0', 'O', '1', 'I', 'L']) expect(JOIN_CODE_ALPHABET).not.toContain(c);
  });

  it('is upper-case letters and digits, each once', () => {
    expect(JOIN_CODE_ALPHABET).toMatch(/^[A-Z2-9]+$/);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
    expect(JOIN_CODE_LENGTH).toBe(6);
  });
});

describe('what people type', () => {
  it('ignores case, spaces and dashes', () => {
    expect(normaliseJoinCode(' abc-def ')).toBe('ABCDEF');
    expect(normaliseJoinCode('k7m 4pq')).toBe('K7M4PQ');
  });

  it('accepts a well-formed code and refuses the wrong length or look-alike characters', () => {
    expect(isWellFormedJoinCode('K7M4PQ')).toBe(true);
    expect(isWellFormedJoinCode('K7M4P')).toBe(false);
    expect(isWellFormedJoinCode('K7M4PQR')).toBe(false);
    expect(isWellFormedJoinCode('K7M4P0')).toBe(false);
    expect(isWellFormedJoinCode('k7m4pq')).toBe(false);
  });
});

describe('new join codes', () => {
  it('are always well-formed', () => {
    for (let i = 0; i < 500; i++) expect(isWellFormedJoinCode(newJoinCode())).toBe(true);
  });

  it('use the whole alphabet (not a biased subset)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) for (const c of newJoinCode()) seen.add(c);
    expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
  });
});
