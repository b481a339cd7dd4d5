import type { Language } from '../agenda.js';
import type { WorkshopState } from '../state.js';
import { inLanguage } from './templateTexts.js';
import type { VoteReport } from './types.js';

/**
 * Dot votes per question. Revealed results are what the room saw; a vote not yet revealed is tallied from the ballots
 * (the facilitator's state holds them), and the report says it was not revealed.
 */
export function voteReports(state: WorkshopState, language: Language): VoteReport[] {
  const questions = state.definition?.questions ?? [];
  const order = (id: string): number => {
    const i = questions.findIndex((q) => q.id === id);
    return i < 0 ? questions.length : i;
  };
  return Object.values(state.votes)
    .sort((a, b) => order(a.questionId) - order(b.questionId))
    .map((vote): VoteReport => {
      const tally: Record<string, number> = {};
      for (const ballot of Object.values(vote.ballots)) {
        for (const [key, dots] of Object.entries(ballot)) tally[key] = (tally[key] ?? 0) + dots;
      }
      const results = vote.results ?? tally;
      const total = vote.options.reduce((sum, o) => sum + (results[o.key] ?? 0), 0);
      const options = vote.options
        .map((o, i) => ({
          key: o.key,
          label: o.label,
          dots: results[o.key] ?? 0,
          share: total > 0 ? (results[o.key] ?? 0) / total : 0,
          i,
        }))
        .sort((a, b) => b.dots - a.dots || a.i - b.i)
        .map(({ i: _i, ...o }) => o);
      return {
        questionId: vote.questionId,
        questionText: inLanguage(questions.find((q) => q.id === vote.questionId)?.text ?? vote.questionId, language),
        dotsPerVoter: vote.dots,
        voters: Object.values(vote.ballots).filter((b) => Object.values(b).some((d) => d > 0)).length,
        open: vote.open,
        revealed: vote.results !== null,
        options,
      };
    });
}
