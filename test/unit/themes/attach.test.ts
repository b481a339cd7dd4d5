// Leftover notes and dissolved themes (shared/src/themes/attach.ts), on hand-made term vectors.
import { describe, expect, it } from 'vitest';
import { dissolveSmallThemes } from '@kafe/shared/themes/attach';
import { buildTfidf } from '@kafe/shared/themes/tfidf';

const vectorsOf = (...notes: string[]) =>
  buildTfidf(notes.map((note) => new Map(note.split(' ').map((term) => [term, 1] as const)))).vectors;

describe('dissolveSmallThemes', () => {
  // 0–2 are about reporting; 3 shares one of their words among others; 4 shares nothing.
  const vectors = vectorsOf(
    'rapport skjema tid',
    'rapport skjema',
    'rapport tid',
    'tid lunsj kaffe sol regn',
    'kaffe sol',
  );

  it('attaches the note a dissolved theme left behind when it is like a theme enough (a starred note: low bar)', () => {
    const starred = new Set([3]);
    const bar = (i: number): number => (starred.has(i) ? 0.03 : 0.5);
    // Theme [3] kept one note after the others moved away: it dissolves, and the starred note joins the reporting
    // theme it is a little like.
    expect(dissolveSmallThemes([[0, 1, 2], [3]], 2, vectors, bar)).toEqual([[0, 1, 2, 3]]);
  });

  it('leaves out a note of a dissolved theme that is not like any theme enough', () => {
    expect(dissolveSmallThemes([[0, 1, 2], [4]], 2, vectors, () => 0.03)).toEqual([[0, 1, 2]]);
    expect(dissolveSmallThemes([[0, 1, 2], [3]], 2, vectors, () => 0.5)).toEqual([[0, 1, 2]]);
  });

  it('keeps themes of the minimum size as they are', () => {
    expect(
      dissolveSmallThemes(
        [
          [0, 1],
          [2, 3],
        ],
        2,
        vectors,
        () => 0,
      ),
    ).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
});
