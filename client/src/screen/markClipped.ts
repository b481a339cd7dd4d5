/**
 * The projector never scrolls: items of `box` (marked data-fit) that do not fit inside it whole are faded out and
 * hidden from assistive technology, so what shows is what fits, cut between items, never through one. Returns how
 * many were left out.
 */
export function markClipped(box: HTMLElement): number {
  const frame = box.getBoundingClientRect();
  let clipped = 0;
  for (const item of box.querySelectorAll<HTMLElement>('[data-fit]')) {
    const r = item.getBoundingClientRect();
    const outside =
      r.bottom > frame.bottom + 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.left < frame.left - 1;
    item.classList.toggle('is-clipped', outside);
    if (outside) {
      item.setAttribute('aria-hidden', 'true');
      clipped++;
    } else item.removeAttribute('aria-hidden');
  }
  return clipped;
}
