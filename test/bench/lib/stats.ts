// Small helpers shared by the bench modules. Everything they print goes to stderr: stdout carries only run.ts's JSON.
import { mulberry32 } from '../../../shared/src/mixing.js';
import { must } from '../../fixtures/must.js';

/** Nearest-rank percentile of an unsorted list (q in 0..1); NaN for an empty list. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return must(sorted[rank]);
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** Rounded to `digits` decimals, for readable JSON. */
export function round(v: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

export function summary(values: readonly number[], digits = 1): { p50: number; p99: number; max: number } {
  return {
    p50: round(percentile(values, 0.5), digits),
    p99: round(percentile(values, 0.99), digits),
    max: round(Math.max(...values), digits),
  };
}

/** A seeded PRNG (the one mixing uses), so simulated delays and clock errors are the same on every run. */
export const rng = mulberry32;

export const log = (...args: unknown[]): void => console.error('[bench]', ...args);
