/**
 * Shrinks the type of each `[data-fit-words]` element under `root` until its longest word fits its box, so a word is
 * never broken in the middle («Medisindispen|sar»): Chromium on the projector has no hyphenation dictionary, so
 * `hyphens: auto` does nothing there, and a name of the room («Kvardagsrehabilitering») is read whole or not at all.
 * Other words wrap as usual. Measured rather than guessed from the letter count: letters differ in width.
 */
export function fitLongWords(root: HTMLElement): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-fit-words]')) {
    el.style.fontSize = '';
    const box = el.clientWidth;
    const widest = el.scrollWidth;
    if (box === 0 || widest <= box) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    el.style.fontSize = `${wordFitSize(size, box, widest)}px`;
  }
}

/** Text width grows with its size: the size at which the widest word (`widest` px at `size`) fits `box`, a bit under. */
export function wordFitSize(size: number, box: number, widest: number): number {
  return Math.floor(((size * box) / widest) * 0.98 * 10) / 10;
}
