/**
 * Mixing rotations: a table for every participant in every round, so people meet as many new people as possible and
 * tables stay balanced. Greedy: each round, participants (in a seeded, reproducible order) take the table where they
 * have met the fewest people so far, among tables not yet full. Deterministic for the same input and seed.
 */
export function assignTables(participantIds: readonly string[], tables: number, rounds: number, seed = 1): number[][] {
  const ids = [...participantIds].sort();
  const n = ids.length;
  const result: number[][] = ids.map(() => []);
  if (n === 0 || tables < 1) return result;
  const met = ids.map(() => new Set<number>());
  const capacity = Math.ceil(n / tables);
  const random = mulberry32(seed);
  for (let round = 0; round < rounds; round++) {
    const seated: number[][] = Array.from({ length: tables }, () => []);
    for (const p of shuffle(
      ids.map((_, i) => i),
      random,
    )) {
      let best = -1;
      let bestScore = Infinity;
      for (let t = 0; t < tables; t++) {
        const at = seated[t] ?? [];
        if (at.length >= capacity) continue;
        // Repeat encounters first, then fuller tables last, then the same table as last round last.
        const repeats = at.filter((q) => met[p]?.has(q)).length;
        const score = repeats * 1000 + at.length * 10 + (result[p]?.at(-1) === t + 1 ? 1 : 0);
        if (score < bestScore) {
          bestScore = score;
          best = t;
        }
      }
      seated[best]?.push(p);
      result[p]?.push(best + 1);
    }
    for (const at of seated) for (const p of at) for (const q of at) if (p !== q) met[p]?.add(q);
  }
  return result;
}

/** Seats one late joiner for every round, against the assignments that already stand. */
export function assignLateJoiner(existing: readonly number[][], tables: number, rounds: number): number[] {
  const out: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const counts = Array.from({ length: tables }, () => 0);
    for (const a of existing) {
      const t = a[round];
      if (t) counts[t - 1] = (counts[t - 1] ?? 0) + 1;
    }
    let best = 0;
    for (let t = 1; t < tables; t++) if ((counts[t] ?? 0) < (counts[best] ?? 0)) best = t;
    out.push(best + 1);
  }
  return out;
}

/** How many pairs of people sit together more than once: what mixing tries to keep low. */
export function repeatEncounters(assignments: readonly number[][]): number {
  const pairs = new Map<string, number>();
  const rounds = Math.max(0, ...assignments.map((a) => a.length));
  for (let r = 0; r < rounds; r++) {
    const byTable = new Map<number, number[]>();
    assignments.forEach((a, p) => {
      const t = a[r];
      if (t !== undefined) byTable.set(t, [...(byTable.get(t) ?? []), p]);
    });
    for (const people of byTable.values()) {
      for (let i = 0; i < people.length; i++) {
        for (let j = i + 1; j < people.length; j++) {
          const key = `${people[i]}-${people[j]}`;
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
      }
    }
  }
  let repeats = 0;
  for (const c of pairs.values()) if (c > 1) repeats += c - 1;
  return repeats;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
