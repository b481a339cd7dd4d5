import { markClipped } from './markClipped';

/**
 * markClipped, and how many items it left out written where the list's `data-more-target` says (the panel title's
 * «+ 5 til»), from the list's `data-more-template` ("+ {n} til"): the room sees that there is more than what fits.
 * A layout for useFit (module level, so stable).
 */
export function markClippedWithMore(box: HTMLElement): number {
  const clipped = markClipped(box);
  const target = box.dataset.moreTarget ? document.getElementById(box.dataset.moreTarget) : null;
  if (target) {
    target.textContent = clipped > 0 ? (box.dataset.moreTemplate ?? '').replace('{n}', String(clipped)) : '';
    target.hidden = clipped === 0;
  }
  return clipped;
}
