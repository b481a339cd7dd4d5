import { bestNotes } from './bestNotes';
import { markClipped } from './markClipped';

/**
 * The wrap-up's theme cards in `list`: `most` notes under each full card, or fewer where that lets more themes on
 * screen. Every theme named beats a second note under the first three: a question with seven themes showed three
 * cards and an empty quarter of the screen, its other themes left out. Tries `most`, then one fewer while cards are
 * left out, and keeps the most notes among the tries that leave out the fewest cards (dropping notes that bring no
 * theme back would only empty the cards). The list's data-notes says how many notes a card shows (CSS hides the rest).
 */
export function fitThemeCards(list: HTMLElement, most: number): void {
  const clipped: Record<number, number> = {};
  let notes = most;
  for (; notes >= 0; notes--) {
    list.dataset.notes = String(notes);
    clipped[notes] = markClipped(list);
    if (clipped[notes] === 0) break;
  }
  const best = bestNotes(clipped);
  if (best !== notes) {
    list.dataset.notes = String(best);
    markClipped(list);
  }
}
