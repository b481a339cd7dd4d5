import type { Actor } from '../events.js';
import type { Command } from '../commands.js';
import type { CommandName } from '../protocol.js';
import type { WorkshopState } from '../state.js';
import { accept, refuse, type Decision } from './result.js';

export type VotingCommand = Extract<CommandName, `vote:${string}` | `evaluation:${string}`>;
export type VotingCommandInput = Command<VotingCommand>;

/** Sums every ballot per option: what the screen shows when the facilitator reveals the votes. */
export function tally(ballots: Record<string, Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const ballot of Object.values(ballots))
    for (const [key, n] of Object.entries(ballot)) out[key] = (out[key] ?? 0) + n;
  return out;
}

/** How many people gave at least one dot. */
export function votersOf(ballots: Record<string, Record<string, number>>): number {
  return Object.values(ballots).filter((ballot) => Object.values(ballot).some((n) => n > 0)).length;
}

/** The vote on a question, by own property only: an id can never reach an inherited member (schemas refuse those too). */
const voteOf = (state: WorkshopState, questionId: string) =>
  Object.hasOwn(state.votes, questionId) ? state.votes[questionId] : undefined;

/** Dot voting on a question's themes, and the closing evaluation. */
export function decideVoting(state: WorkshopState, actor: Actor, cmd: VotingCommandInput): Decision {
  const def = state.definition;
  if (!def) return refuse('not_found', 'the workshop does not exist');
  switch (cmd.name) {
    case 'vote:open': {
      if (!def.questions.some((q) => q.id === cmd.payload.questionId)) return refuse('not_found', 'no such question');
      const keys = new Set(cmd.payload.options.map((o) => o.key));
      if (keys.size !== cmd.payload.options.length) return refuse('bad_request', 'each option needs its own key');
      return accept({
        type: 'vote.opened',
        questionId: cmd.payload.questionId,
        dots: cmd.payload.dots ?? def.settings.dotsPerParticipant,
        options: cmd.payload.options,
      });
    }
    case 'vote:cast': {
      if (actor.role !== 'participant') return refuse('forbidden', 'only participants vote');
      const vote = voteOf(state, cmd.payload.questionId);
      if (!vote || !vote.open) return refuse('conflict', 'voting is not open for this question');
      const valid = new Set(vote.options.map((o) => o.key));
      const entries = Object.entries(cmd.payload.dots).filter(([, n]) => n > 0);
      if (entries.some(([key]) => !valid.has(key))) return refuse('bad_request', 'vote only on the themes shown');
      const used = entries.reduce((s, [, n]) => s + n, 0);
      if (used > vote.dots) return refuse('bad_request', `you have ${vote.dots} dots`);
      return accept({
        type: 'vote.cast',
        questionId: vote.questionId,
        participantId: actor.participantId,
        dots: Object.fromEntries(entries),
      });
    }
    case 'vote:close':
    case 'vote:reveal': {
      const vote = voteOf(state, cmd.payload.questionId);
      if (!vote) return refuse('not_found', 'voting was never opened for this question');
      if (cmd.name === 'vote:close')
        return vote.open
          ? accept({ type: 'vote.closed', questionId: vote.questionId })
          : refuse('conflict', 'voting is closed already');
      return accept({
        type: 'vote.revealed',
        questionId: vote.questionId,
        results: tally(vote.ballots),
        voters: votersOf(vote.ballots),
      });
    }
    case 'evaluation:open':
      return state.evaluation.open
        ? refuse('conflict', 'the evaluation is open already')
        : accept({ type: 'evaluation.opened' });
    case 'evaluation:close':
      return state.evaluation.open
        ? accept({ type: 'evaluation.closed' })
        : refuse('conflict', 'the evaluation is not open');
    case 'evaluation:answer': {
      if (actor.role !== 'participant') return refuse('forbidden', 'only participants answer the evaluation');
      if (!state.evaluation.open) return refuse('conflict', 'the evaluation is not open');
      const items = new Map(def.settings.evaluation.map((i) => [i.id, i] as const));
      for (const [key, value] of Object.entries(cmd.payload.answers)) {
        const item = items.get(key);
        if (!item) return refuse('bad_request', `no question "${key}" in the evaluation`);
        if (item.kind === 'scale' && typeof value !== 'number')
          return refuse('bad_request', `"${item.text}" takes a number from 1 to 5`);
        if (item.kind === 'text' && typeof value !== 'string')
          return refuse('bad_request', `"${item.text}" takes text`);
      }
      return accept({ type: 'evaluation.answered', participantId: actor.participantId, answers: cmd.payload.answers });
    }
    default:
      return cmd satisfies never;
  }
}
