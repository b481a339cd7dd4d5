import type { StoredEvent } from '@kafe/shared/events';

type Ballot = Record<string, number>;
type Answers = Record<string, number | string>;

/**
 * The event log as the default (pseudonymous) JSON export carries it: nobody's name, and no ballot or evaluation
 * answer that belongs to a person. Participants keep their random public pseudonym (so counts, seats and their ideas
 * still add up) with an empty name. Each vote's ballots and the evaluation's answer sets are replaced by made-up ones,
 * cast by made-up voters that never joined, which add up to exactly the same totals, voter and respondent counts,
 * score spreads and open answers (in the same order): an import reports the same, but which person gave which dots
 * or answers is gone. The made-up events stand where the last real one of their kind stood; seqs are renumbered.
 */
export function pseudonymousEvents(events: readonly StoredEvent[]): StoredEvent[] {
  // Where each vote's last ballot stood (a vote opened again starts with no ballots, as in the reducer), and the
  // ballots it ended with; likewise the evaluation, whose answers a later answer from the same phone replaces.
  const votes: { questionId: string; ballots: Map<string, Ballot>; lastIndex: number }[] = [];
  const current = new Map<string, (typeof votes)[number]>();
  const evaluation = new Map<string, Answers>();
  let lastAnswerIndex = -1;
  events.forEach(({ event }, i) => {
    if (event.type === 'vote.opened') {
      const vote = { questionId: event.questionId, ballots: new Map<string, Ballot>(), lastIndex: -1 };
      votes.push(vote);
      current.set(event.questionId, vote);
    } else if (event.type === 'vote.cast') {
      const vote = current.get(event.questionId);
      if (!vote) return;
      vote.ballots.set(event.participantId, event.dots);
      vote.lastIndex = i;
    } else if (event.type === 'evaluation.answered') {
      evaluation.set(event.participantId, event.answers);
      lastAnswerIndex = i;
    }
  });

  const madeUp = new Map<number, StoredEvent[]>();
  votes.forEach((vote, v) => {
    const at = events[vote.lastIndex];
    if (!at) return;
    madeUp.set(
      vote.lastIndex,
      shuffledBallots([...vote.ballots.values()]).map((dots, i) => {
        const participantId = `anonymous-vote-${v + 1}-${i + 1}`;
        return {
          seq: 0,
          at: at.at,
          actor: { role: 'participant', participantId },
          event: { type: 'vote.cast', questionId: vote.questionId, participantId, dots },
        };
      }),
    );
  });
  const lastAnswer = events[lastAnswerIndex];
  if (lastAnswer) {
    madeUp.set(
      lastAnswerIndex,
      shuffledAnswers([...evaluation.values()]).map((answers, i) => {
        const participantId = `anonymous-evaluation-${i + 1}`;
        return {
          seq: 0,
          at: lastAnswer.at,
          actor: { role: 'participant', participantId },
          event: { type: 'evaluation.answered', participantId, answers },
        };
      }),
    );
  }

  const out: StoredEvent[] = [];
  events.forEach((stored, i) => {
    const { event } = stored;
    if (event.type === 'participant.joined') out.push({ ...stored, event: { ...event, name: '' } });
    else if (event.type === 'participant.renamed') out.push({ ...stored, event: { ...event, name: '' } });
    // A phone's group would tie that pseudonym (its seat, its ideas) to its group: the report's totals by group,
    // with small groups merged, are what a shared export may say. Ballots and answers are replaced by made-up ones.
    else if (event.type !== 'vote.cast' && event.type !== 'evaluation.answered' && event.type !== 'participant.grouped')
      out.push(stored);
    out.push(...(madeUp.get(i) ?? []));
  });
  return out.map((stored, i) => ({ ...stored, seq: i + 1 }));
}

/**
 * As many ballots as gave at least one dot, holding the same dots per option, dealt out one dot at a time in turn: no
 * ballot gets more dots than the fullest real one had (so each stays within the vote's dots per voter) and every one
 * gets at least one.
 */
export function shuffledBallots(ballots: readonly Ballot[]): Ballot[] {
  const cast = ballots.filter((b) => Object.values(b).some((d) => d > 0));
  const totals = new Map<string, number>();
  for (const b of cast) for (const [key, dots] of Object.entries(b)) totals.set(key, (totals.get(key) ?? 0) + dots);
  const out: Ballot[] = cast.map(() => ({}));
  let turn = 0;
  for (const [key, total] of [...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (let dot = 0; dot < total; dot++) {
      const ballot = out[turn++ % out.length];
      if (ballot) ballot[key] = (ballot[key] ?? 0) + 1;
    }
  }
  return out;
}

/**
 * As many answer sets as had at least one answer, holding each item's answers in their order: item by item, its
 * answers go to consecutive sets, starting at the first set that has none yet (or as late as they still fit), so every
 * set gets at least one answer and no set two answers to one item.
 */
export function shuffledAnswers(sets: readonly Answers[]): Answers[] {
  const given = sets.filter((a) => Object.keys(a).length > 0);
  const byItem = new Map<string, (number | string)[]>();
  for (const a of given)
    for (const [item, answer] of Object.entries(a)) byItem.set(item, [...(byItem.get(item) ?? []), answer]);
  // Each item's answers sorted (scores low to high, texts alphabetically), so no made-up set is a real person's set
  // in the order they answered; counts, averages and spread stay what they were.
  for (const answers of byItem.values())
    answers.sort((a, b) => String(a).localeCompare(String(b), 'nb', { numeric: true }));
  const out: Answers[] = given.map(() => ({}));
  let covered = 0;
  for (const [item, answers] of byItem) {
    const start = Math.min(covered, out.length - answers.length);
    answers.forEach((answer, j) => {
      const set = out[start + j];
      if (set) set[item] = answer;
    });
    covered = Math.max(covered, start + answers.length);
  }
  return out;
}
