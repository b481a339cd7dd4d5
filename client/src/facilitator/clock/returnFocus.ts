/**
 * Gives focus back to `asker`, the clock button that opened a question, once the question closes. A confirmed press
 * disables every clock button while its command is out, and focus handed to a disabled button falls to <body>: a
 * keyboard user would have to find the clock bar again from the top of the page. So while the button is disabled,
 * focus waits on its group of buttons (focusable for this, tabindex -1) and moves back to the button once it is
 * enabled, unless the user has moved on in the meantime.
 */
export function returnFocus(asker: HTMLElement | null): void {
  if (!asker?.isConnected) return;
  if (!isDisabled(asker)) {
    asker.focus();
    return;
  }
  const holder = asker.closest<HTMLElement>('[role="group"][tabindex="-1"]');
  if (!holder) return;
  holder.focus();
  const stop = (): void => {
    observer.disconnect();
    holder.removeEventListener('focusout', stop);
  };
  const observer = new MutationObserver(() => {
    if (!asker.isConnected) stop();
    else if (!isDisabled(asker)) {
      stop();
      asker.focus();
    }
  });
  observer.observe(asker, { attributes: true, attributeFilter: ['disabled'] });
  // The user tabbed or clicked elsewhere: their choice stands, focus is not pulled back later.
  holder.addEventListener('focusout', stop);
}

const isDisabled = (el: HTMLElement): boolean => el.matches(':disabled');
