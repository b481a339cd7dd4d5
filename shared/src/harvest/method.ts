import type { WorkshopDefinition } from '../agenda.js';
import type { MessageKey } from '../i18n/index.js';
import { roundSegments } from '../rounds.js';

/** What happened that the method paragraph mentions, beyond the agenda. */
export interface MethodFacts {
  /** Dot votes held in the wrap-up. */
  votes: number;
  /** Evaluation items asked (the evaluation was part of the workshop). */
  evaluated: boolean;
  /**
   * Tables that took part (a host's name or notes). The report gives it, so its method and its participation count the
   * same tables when fewer were used than planned; absent or 0 (the console before the workshop): the planned ones.
   */
  tables?: number;
}

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * How the workshop was run, as one paragraph for the report's method section, from the agenda and settings: a
 * kafédialog of N tables and rounds, rotations with hosts who stay, how notes were taken, how themes were found, and
 * the votes and evaluation when they were held. The facilitator can edit it in the console (the filing frame), which
 * shows it in the console's language (`t` is the page's own, so the browser loads one catalog).
 */
export function methodParagraph(def: WorkshopDefinition, facts: MethodFacts, t: Translate): string {
  const rounds = roundSegments(def.agenda);
  const questions = new Set(rounds.map((r) => r.questionId).filter(Boolean)).size;
  const rotations = def.agenda.filter((s) => s.kind === 'rotation').length;
  const sentences = [
    t(rounds.length === 1 ? 'harvest.method.roundsOne' : 'harvest.method.rounds', {
      tables: facts.tables || def.tables,
      rounds: rounds.length,
      questions: Math.max(questions, 1),
    }),
    ...(rotations > 0
      ? [t(def.settings.mixing ? 'harvest.method.rotationsMixed' : 'harvest.method.rotations', { n: rotations })]
      : []),
    t(def.settings.ideas === 'off' ? 'harvest.method.notes' : 'harvest.method.notesAndIdeas'),
    t('harvest.method.themes'),
    ...(facts.votes > 0 ? [t('harvest.method.votes')] : []),
    ...(facts.evaluated ? [t('harvest.method.evaluation')] : []),
  ];
  return sentences.join(' ');
}
