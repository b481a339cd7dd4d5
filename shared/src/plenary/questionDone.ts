import type { WorkshopDefinition } from '../agenda.js';
import type { Timeline } from '../timeline.js';

/**
 * Whether a question's rounds are behind us: the workshop is finished, or the clock is past its last round. Until then
 * "no themes yet" may still change; after, "yet" promises what will not come.
 */
export function questionRoundsOver(
  def: Pick<WorkshopDefinition, 'agenda'>,
  timeline: Pick<Timeline, 'status' | 'index'> | null,
  questionId: string,
): boolean {
  if (!timeline || timeline.status === 'notStarted') return false;
  if (timeline.status === 'finished') return true;
  const last = def.agenda.reduce((at, s, i) => (s.kind === 'round' && s.questionId === questionId ? i : at), -1);
  return last >= 0 && timeline.index > last;
}
