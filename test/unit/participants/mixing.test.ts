// Mixing rotations: the greedy assignment against seating people at random, on repeat encounters and balance.
import { describe, expect, it } from 'vitest';
import { assignTables, mulberry32, repeatEncounters } from '@kafe/shared/mixing';

const PEOPLE = 60;
const TABLES = 10;
const ROUNDS = 3;
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const ids = Array.from({ length: PEOPLE }, (_, i) => `p${String(i).padStart(2, '0')}`);

/** What free seating with no help looks like: each round, a random shuffle dealt out over balanced tables. */
function randomAssignment(n: number, tables: number, rounds: number, seed: number): number[][] {
  const random = mulberry32(seed * 7919);
  const out: number[][] = Array.from({ length: n }, () => []);
  for (let r = 0; r < rounds; r++) {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    order.forEach((p, k) => out[p]?.push((k % tables) + 1));
  }
  return out;
}

const tableSizes = (a: number[][], round: number): number[] => {
  const sizes = Array.from({ length: TABLES }, () => 0);
  for (const p of a) sizes[(p[round] ?? 1) - 1] = (sizes[(p[round] ?? 1) - 1] ?? 0) + 1;
  return sizes;
};

describe('assignTables (mixing)', () => {
  const mixed = SEEDS.map((seed) => repeatEncounters(assignTables(ids, TABLES, ROUNDS, seed)));
  const random = SEEDS.map((seed) => repeatEncounters(randomAssignment(PEOPLE, TABLES, ROUNDS, seed)));
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

  it(`${PEOPLE} people, ${TABLES} tables, ${ROUNDS} rounds: far fewer repeat encounters than random seating`, () => {
    console.log(
      `[mixing] repeat encounters over ${SEEDS.length} seeds (${PEOPLE} people, ${TABLES} tables, ${ROUNDS} rounds):\n` +
        `  greedy mixing: ${mixed.join(', ')} (mean ${mean(mixed).toFixed(1)})\n` +
        `  random:        ${random.join(', ')} (mean ${mean(random).toFixed(1)})`,
    );
    SEEDS.forEach((seed, i) => expect(mixed[i], `seed ${seed}`).toBeLessThan(random[i] ?? 0));
    expect(mean(mixed)).toBeLessThan(mean(random) / 2);
  });

  it('keeps tables balanced: every table holds 6 people in every round', () => {
    for (const seed of SEEDS) {
      const a = assignTables(ids, TABLES, ROUNDS, seed);
      for (let r = 0; r < ROUNDS; r++)
        expect(tableSizes(a, r)).toEqual(Array.from({ length: TABLES }, () => PEOPLE / TABLES));
    }
  });

  it('is deterministic for the same people and seed, whatever their order', () => {
    expect(assignTables([...ids].reverse(), TABLES, ROUNDS, 3)).toEqual(assignTables(ids, TABLES, ROUNDS, 3));
  });

  it('moves people: nobody stays at the same table for all three rounds', () => {
    const a = assignTables(ids, TABLES, ROUNDS, 1);
    expect(a.filter((t) => new Set(t).size === 1)).toHaveLength(0);
  });

  it('copes with fewer people than tables, and with uneven numbers', () => {
    expect(assignTables(['a', 'b', 'c'], TABLES, ROUNDS).every((t) => t.length === ROUNDS)).toBe(true);
    const odd = assignTables(ids.slice(0, 57), TABLES, ROUNDS, 2);
    for (let r = 0; r < ROUNDS; r++)
      expect(Math.max(...tableSizes(odd, r)) - Math.min(...tableSizes(odd, r))).toBeLessThanOrEqual(1);
  });
});
