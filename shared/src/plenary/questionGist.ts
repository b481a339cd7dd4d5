// What a question gave, in a few lines, for every place that lists all questions (the report's first page and question
// pages, the projector's overview): its main points when it has themes; without themes, a few of its notes, so a
// question with two notes does not vanish and look as if it was never discussed; and a plain "no input" when nothing
// was written.

/** At most this many notes stand in for missing themes: a glimpse, not the appendix. */
export const GIST_NOTES = 3;

export interface GistNote {
  text: string;
  table: number;
  starred: boolean;
}

export interface GistSummary {
  text: string;
  table: number;
}

/** Which notes stand in for the themes: the starred ones, else the hosts' summaries, else the first notes written. */
export type GistSource = 'starred' | 'summaries' | 'notes';

export type QuestionGist<P> =
  | { kind: 'points'; points: readonly P[] }
  | { kind: 'notes'; source: GistSource; items: GistSummary[] }
  | { kind: 'none' };

/**
 * A question's gist. `notes` in the order they were written. Starred notes come first because the tables chose them
 * as what mattered; the hosts' summaries speak for a whole table; the first notes are the last resort.
 */
export function questionGist<P>(
  points: readonly P[],
  notes: readonly GistNote[],
  summaries: readonly GistSummary[],
): QuestionGist<P> {
  if (points.length > 0) return { kind: 'points', points };
  const pick = (source: GistSource, from: readonly GistSummary[]): QuestionGist<P> => ({
    kind: 'notes',
    source,
    items: from.slice(0, GIST_NOTES).map(({ text, table }) => ({ text, table })),
  });
  const starred = notes.filter((n) => n.starred);
  if (starred.length > 0) return pick('starred', starred);
  if (summaries.length > 0) return pick('summaries', summaries);
  if (notes.length > 0) return pick('notes', notes);
  return { kind: 'none' };
}
