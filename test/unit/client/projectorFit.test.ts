import { describe, expect, it } from 'vitest';
import { bestNotes } from '../../../client/src/screen/bestNotes';
import { wordFitSize } from '../../../client/src/screen/fitLongWords';

describe('the wrap-up keeps notes under its cards only where themes are not left out for them', () => {
  it('drops to one note when that brings every theme on screen', () => {
    expect(bestNotes({ 2: 4, 1: 0 })).toBe(1);
  });
  it('keeps two notes when dropping them brings no theme back', () => {
    expect(bestNotes({ 2: 1, 1: 1, 0: 1 })).toBe(2);
  });
  it('drops every note when only that makes room for one more theme', () => {
    expect(bestNotes({ 2: 3, 1: 2, 0: 1 })).toBe(0);
  });
  it('keeps the most notes when all fit at once', () => {
    expect(bestNotes({ 2: 0 })).toBe(2);
  });
});

describe('a word wider than its box gets smaller type, not a break in its middle', () => {
  it('scales the size by how much the word sticks out, a little under so rounding cannot overflow', () => {
    // 31 px type, a word 440 px wide in a 380 px box: 31 × 380 / 440 = 26.8, less 2 %.
    expect(wordFitSize(31, 380, 440)).toBe(26.2);
    expect(wordFitSize(31, 380, 440) * (440 / 31)).toBeLessThan(380);
  });
});
