import { useLayoutEffect, type RefObject } from 'react';

const fieldSizingWorks = (): boolean => typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/**
 * A textarea as tall as its text (within the CSS min/max-height): `field-sizing: content` does it where the browser
 * has it (Chromium 123+); elsewhere (Safari, Firefox on older tablets) the height follows the scroll height here.
 */
export function useAutoGrow(ref: RefObject<HTMLTextAreaElement | null>, value: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || fieldSizingWorks()) return;
    el.style.height = 'auto';
    // border-box: the height takes the borders too, which scrollHeight leaves out.
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  }, [ref, value]);
}
