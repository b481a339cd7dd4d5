// The nine labelled sets as questions of notes with ids that do not follow writing order, and how to score them.
// (quality.test.ts explains which side each set is on; test/bench/themes.ts prints the same figures.)
import { computeThemes } from '../../../shared/src/themes/index.js';
import { HELDOUT_NOTES } from '../../fixtures/themes/heldout.js';
import { HELDOUT2_NOTES } from '../../fixtures/themes/heldout2.js';
import { HELDOUT3_NOTES } from '../../fixtures/themes/heldout3.js';
import { HELDOUT4_NOTES } from '../../fixtures/themes/heldout4.js';
import { HELDOUT5_NOTES } from '../../fixtures/themes/heldout5.js';
import { HELDOUT6_NOTES } from '../../fixtures/themes/heldout6.js';
import { LABELLED } from '../../fixtures/themes/labelled.js';
import { TUNING2_NOTES } from '../../fixtures/themes/tuning2.js';
import { TUNING3_NOTES } from '../../fixtures/themes/tuning3.js';
import { meanScore, scoreQuestion, type GoldNote, type QuestionScore } from './metrics.js';

type QuestionId = 'q1' | 'q2' | 'q3';
const QUESTIONS: readonly QuestionId[] = ['q1', 'q2', 'q3'];

/** Ids that do not follow writing order: a hash of the position. */
const scrambledId = (q: string, i: number): string => `${q}-${((i + 1) * 7919) % 9973}`;

function byQuestion(notes: readonly (Omit<GoldNote, 'id'> & { questionId: QuestionId })[]): GoldNote[][] {
  return QUESTIONS.map((q) => notes.filter((n) => n.questionId === q).map((n, i) => ({ ...n, id: scrambledId(q, i) })));
}

export const SETS = {
  labelled: LABELLED.map((q) => q.notes.map((n, i) => ({ ...n, id: scrambledId(q.id, i) }))),
  tuning2: byQuestion(TUNING2_NOTES),
  tuning3: byQuestion(TUNING3_NOTES),
  heldout: byQuestion(HELDOUT_NOTES),
  heldout2: byQuestion(HELDOUT2_NOTES),
  heldout3: byQuestion(HELDOUT3_NOTES),
  heldout4: byQuestion(HELDOUT4_NOTES),
  heldout5: byQuestion(HELDOUT5_NOTES),
  heldout6: byQuestion(HELDOUT6_NOTES),
} as const;

export function scoreSet(questions: readonly GoldNote[][]): { perQuestion: QuestionScore[]; mean: QuestionScore } {
  const perQuestion = questions.map((notes) => scoreQuestion(notes, computeThemes(notes)));
  return { perQuestion, mean: meanScore(perQuestion) };
}
