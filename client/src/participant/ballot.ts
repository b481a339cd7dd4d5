/** A participant's dots per option. Zero entries mean nothing: the server drops them. */
export type Ballot = Record<string, number>;

export const dotsUsed = (b: Ballot): number => Object.values(b).reduce((s, n) => s + n, 0);

export function sameBallot(a: Ballot, b: Ballot): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? 0) !== (b[k] ?? 0)) return false;
  return true;
}

/** One dot more (or less) on `key`, within 0…`max` dots in all. */
export function withDot(b: Ballot, key: string, delta: 1 | -1, max: number): Ballot {
  const next = (b[key] ?? 0) + delta;
  if (next < 0 || (delta > 0 && dotsUsed(b) >= max)) return b;
  if (next > 0) return { ...b, [key]: next };
  const { [key]: _gone, ...rest } = b;
  return rest;
}
