import { useLayoutEffect, type RefObject } from 'react';

/**
 * The projector never scrolls: items of `box` (marked data-fit) that do not fit inside it whole are faded out and
 * hidden from assistive technology, so what shows is what fits, cut between items, never through one. Lists put the
 * newest first, so the items left out are the oldest. Runs after every render (`version` changes) and on resize.
 */
export function useFit(box: RefObject<HTMLElement | null>, version: unknown): void {
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = (): void => {
      const frame = el.getBoundingClientRect();
      for (const item of el.querySelectorAll<HTMLElement>('[data-fit]')) {
        const r = item.getBoundingClientRect();
        const outside =
          r.bottom > frame.bottom + 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.left < frame.left - 1;
        item.classList.toggle('is-clipped', outside);
        if (outside) item.setAttribute('aria-hidden', 'true');
        else item.removeAttribute('aria-hidden');
      }
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [box, version]);
}
