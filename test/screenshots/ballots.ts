/**
 * The ballots the screenshot script casts: a clear ranking, so the vote screenshots show each option's own count.
 *
 * The script used to give voter i two dots on option i mod k and one on option (7i + 1) mod k. With 20 voters and 4
 * or 5 options (as many themes as the pipeline usually finds) both are even spreads, so every option got exactly 12
 * dots and the phone and the projector showed "Prikker: 12" on every row, which looked like a display bug. Here the
 * totals are set first, falling from the first option to the last with a step of more than one dot, and then dealt
 * out to the voters.
 */
export type SeedBallot = Record<string, number>;

/**
 * `voters` ballots of `dots` dots each over `keys`. Option j gets about (k − j) / (1 + … + k) of all dots, the first
 * one the rounding remainder too, so no two options tie. Needs at least 1 + … + k dots in all.
 */
export function rankedBallots(keys: readonly string[], voters: number, dots: number): SeedBallot[] {
  const k = keys.length;
  const all = voters * dots;
  const weights = keys.map((_, j) => k - j);
  const weightSum = (k * (k + 1)) / 2;
  if (k === 0 || all < weightSum) throw new Error(`${voters} × ${dots} dots cannot rank ${k} options apart`);
  // The step between two weights is all / weightSum ≥ 1 dot before rounding down, so the totals stay apart.
  const totals = weights.map((w) => Math.floor((all * w) / weightSum));
  totals[0] = (totals[0] ?? 0) + all - totals.reduce((s, n) => s + n, 0);
  // Dots in option order, dealt round the room: voter v gets dots v, v + voters, v + 2·voters, … — a mix, as people do.
  const pile = keys.flatMap((key, j) => Array.from({ length: totals[j] ?? 0 }, () => key));
  return Array.from({ length: voters }, (_, v) => {
    const ballot: SeedBallot = {};
    for (let d = 0; d < dots; d++) {
      const key = pile[v + d * voters];
      if (key !== undefined) ballot[key] = (ballot[key] ?? 0) + 1;
    }
    return ballot;
  });
}
