// Minimal types for the two untyped text-processing packages used by themes/.
// Only what we call is declared. Kept here (not in a global types folder) so the
// declarations travel with the only code that needs them; nothing exported from
// themes/ mentions these types, so emitted .d.ts files never refer to this file.

declare module 'stopword' {
  /** Bokmål (Snowball Norwegian list, bokmål part). */
  export const nob: readonly string[];
  export const eng: readonly string[];
}

declare module 'snowball-stemmers' {
  export interface SnowballStemmer {
    stem(word: string): string;
  }
  /** Throws for an unknown algorithm name. */
  export function newStemmer(algorithm: string): SnowballStemmer;
  export function algorithms(): string[];
}
