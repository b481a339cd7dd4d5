/**
 * A keyboard user's place through a console command. Every console button is disabled while its command is out, and
 * the browser drops the focus of a disabled control to <body>: after pinning a theme or opening a vote, Tab would
 * start again at the top of a page three screens long. Some controls also leave with the command (a suggested name
 * once used, a theme merged into another), so where focus was is noted as the control and the elements around it.
 */
export interface FocusPlace {
  control: HTMLElement;
  /** The control's ancestors, nearest first: where focus goes when the control itself is gone. */
  around: HTMLElement[];
}

/** Where the focus is now, if it is on a control in the page (not on <body>). */
export function noteFocusPlace(): FocusPlace | null {
  const control = document.activeElement;
  if (!(control instanceof HTMLElement) || control === document.body) return null;
  const around: HTMLElement[] = [];
  for (let el = control.parentElement; el && el !== document.body; el = el.parentElement) around.push(el);
  return { control, around };
}

const FOCUSABLE =
  'input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), ' +
  'button:not(:disabled), summary, a[href], [tabindex]:not([tabindex="-1"])';

const usable = (el: HTMLElement | null | undefined): el is HTMLElement =>
  !!el && el.isConnected && !el.matches(':disabled') && el.getClientRects().length > 0;

/**
 * Puts focus back after a command: on `preferred` when given and there, else on the control, else on the first
 * control inside the nearest of its surroundings still on the page. Only when the focus was dropped: a user who
 * moved on meanwhile keeps their choice.
 */
export function restoreFocusPlace(place: FocusPlace, preferred?: HTMLElement | null): void {
  const now = document.activeElement;
  if (now && now !== document.body && now.isConnected) return;
  const target = [preferred, place.control].find(usable) ?? firstControlAround(place.around);
  target?.focus();
}

/** The first usable control inside the nearest of `around` still on the page. */
function firstControlAround(around: HTMLElement[]): HTMLElement | undefined {
  for (const el of around) {
    if (!el.isConnected) continue;
    const inside = Array.from(el.querySelectorAll<HTMLElement>(FOCUSABLE)).find(usable);
    if (inside) return inside;
  }
  return undefined;
}
