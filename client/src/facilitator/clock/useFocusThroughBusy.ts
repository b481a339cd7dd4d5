import { useEffect, useRef, type MouseEvent } from 'react';
import { returnFocus } from './returnFocus';

/**
 * Keeps a keyboard user's place in the clock bar through a press: a press disables every clock button while its
 * command is out, and the browser drops the focus of a disabled button to <body>. The handler it returns (for a group
 * of buttons, in the capture phase) notes which button was pressed; when the buttons turn busy with the focus lost, or
 * about to be, returnFocus holds it on the button's group until the button is enabled. A confirmed press has its focus
 * given back by the question's dialog (already on the group by then), and is left alone here.
 */
export function useFocusThroughBusy(busy: boolean): (e: MouseEvent<HTMLElement>) => void {
  const last = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    const button = last.current;
    if (!busy || !button) return;
    const focused = document.activeElement;
    if (focused === button || focused === document.body) returnFocus(button);
  }, [busy]);
  return (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (button) last.current = button;
  };
}
