// The notes quoted beside a theme in the report's theme table.
import type { QuestionReport, ThemeReport } from '../types.js';

/** How many notes the theme table quotes per theme. */
export const QUOTES_PER_THEME = 3;

/** Two notes that differ only in case, spacing or a closing full stop say the same to a reader. */
const sameWords = (text: string): string =>
  text
    .toLocaleLowerCase('nb')
    .replace(/\s+/g, ' ')
    .replace(/[.!?…\s]+$/u, '')
    .trim();

/**
 * Up to three notes that say the theme in the participants' words, each said once. Tables often write the same words
 * (a slogan from the talk before, a host who carries a point to the next group); a live run's report quoted
 * «Vi kan slutte å måle det ingen brukar» three times in one cell. The theme's representative notes come first, as
 * the text analysis ranked them; when one repeats another, the theme's other notes fill its place, in order.
 */
export function themeQuotes(theme: ThemeReport, q: QuestionReport): string[] {
  // Only notes the projector may show are quoted, as the themes are made of them.
  const textOf = new Map(
    q.groups.flatMap((g) => g.notes.filter((n) => n.onScreen).map((n) => [n.id, n.text] as const)),
  );
  const candidates = [
    ...theme.representative.map((n) => n.text),
    ...theme.noteIds.flatMap((id) => {
      const text = textOf.get(id);
      return text === undefined ? [] : [text];
    }),
  ];
  const seen = new Set<string>();
  const quotes: string[] = [];
  for (const text of candidates) {
    const key = sameWords(text);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    quotes.push(text);
    if (quotes.length === QUOTES_PER_THEME) break;
  }
  return quotes;
}
