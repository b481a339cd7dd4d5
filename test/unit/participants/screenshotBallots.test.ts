// The screenshot script's ballots (test/screenshots/ballots.ts), cast through decide() as the server runs them: every
// option ends with its own count in the revealed result, on the projector's rows and in the report. With the old
// seed, 20 voters and 5 options gave every option 12 dots, and the vote screenshots read "Prikker: 12" on every row.
import { describe, expect, it } from 'vitest';
import { voteRows } from '@kafe/shared/plenary/wrapupContent';
import { voteReports } from '@kafe/shared/harvest/votes';
import type { WorkshopState } from '@kafe/shared/state';
import { rankedBallots } from '../../screenshots/ballots.js';
import { cmd, decide, facilitator, phone, run, workshop } from './fixtures.js';

const at = Date.UTC(2026, 2, 10, 13, 40);
const VOTERS = 20; // the script's 24 phones less the 4 that do not vote
const DOTS = 3; // the template's dots per participant

/** A vote on `k` options, every seed ballot cast by its own phone, then closed and revealed. */
function revealed(k: number): WorkshopState {
  const options = Array.from({ length: k }, (_, j) => ({ key: `t${j}`, label: `Tema ${j + 1}` }));
  const ids = Array.from({ length: VOTERS }, (_, i) => `p${i}`);
  let s = workshop(
    {},
    ...ids.map((participantId) => ({ type: 'participant.joined' as const, participantId, name: '', table: 1 })),
  );
  s = run(s, facilitator, decide(s, facilitator, cmd('vote:open', { questionId: 'q1', options }), at));
  const ballots = rankedBallots(
    options.map((o) => o.key),
    VOTERS,
    DOTS,
  );
  ballots.forEach((dots, i) => {
    const who = ids[i] ?? '';
    s = run(s, phone(who), decide(s, phone(who), cmd('vote:cast', { questionId: 'q1', dots }), at));
  });
  s = run(s, facilitator, decide(s, facilitator, cmd('vote:close', { questionId: 'q1' }), at));
  return run(s, facilitator, decide(s, facilitator, cmd('vote:reveal', { questionId: 'q1' }), at));
}

describe("the screenshot script's votes", () => {
  for (let k = 2; k <= 8; k++) {
    it(`${k} options: each gets its own count, first most, and every dot is used`, () => {
      const s = revealed(k);
      const vote = s.votes.q1;
      const counts = vote?.options.map((o) => vote.results?.[o.key] ?? 0) ?? [];
      expect(new Set(counts).size, `counts ${counts.join(', ')}`).toBe(k);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(counts.reduce((sum, n) => sum + n, 0)).toBe(VOTERS * DOTS);
      expect(vote?.voters).toBe(VOTERS);
      // The projector's rows and the report's shares carry the same numbers, option by option.
      expect(voteRows(s, 'q1')?.map((r) => r.dots)).toEqual(counts);
      const report = voteReports(s, 'nb')[0];
      expect(report?.options.map((o) => o.dots)).toEqual(counts);
      expect(new Set(report?.options.map((o) => o.share)).size).toBe(k);
    });
  }

  it('refuses to rank more options than the dots can tell apart', () => {
    expect(() => rankedBallots(['a', 'b', 'c'], 1, 3)).toThrow(/cannot rank/);
  });
});
