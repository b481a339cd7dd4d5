import { useLayoutEffect, type RefObject } from 'react';
import { fitLongWords } from './fitLongWords';
import { markClipped } from './markClipped';

/**
 * The projector never scrolls: what shows of `box` is what fits (markClipped, or a `layout` that arranges the items
 * first and then marks them). Lists put the newest first, so the items left out are the oldest. Long words are fitted
 * first (fitLongWords), since a smaller title makes its item shorter. Runs after every render (`version` changes) and
 * on resize. `layout` must be a stable function (declared at module level).
 */
export function useFit(
  box: RefObject<HTMLElement | null>,
  version: unknown,
  layout: (box: HTMLElement) => void = markClipped,
): void {
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = (): void => {
      fitLongWords(el);
      layout(el);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [box, version, layout]);
}
