// The printable host cards (usability review, 2026-12-02): each card names its table in large type, and under the QR
// code prints the host link itself, small and breakable, so a tablet that cannot scan can still open its page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, Harness, tid } from '../harness.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});

describe('the host cards', () => {
  it('print the table number large and the host link under each QR code, inside the card', async () => {
    const w = await h.createWorkshop({ title: 'E2E: vertskort' });
    const page = await h.openPage(`${h.base}/facilitator/cards#${w.facilitatorToken}`);
    await tid(page, 'host-card').first().waitFor({ timeout: 10_000 });
    await expectNoAxeViolations(page, 'host cards');
    // On paper: an A4 sheet at 96 dpi (210 × 297 mm), two A5 cards to it.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    const cards = await tid(page, 'host-card').evaluateAll((els) =>
      els.map((card) => {
        const number = card.querySelector('.host-card-table');
        const link = card.querySelector('.host-card-link');
        const box = card.getBoundingClientRect();
        return {
          table: card.getAttribute('data-table'),
          number: number?.textContent ?? '',
          numberPx: number ? parseFloat(getComputedStyle(number).fontSize) : 0,
          link: link?.textContent ?? '',
          linkInside: link
            ? link.getBoundingClientRect().bottom <= box.bottom && link.getBoundingClientRect().right <= box.right
            : false,
        };
      }),
    );
    expect(cards).toHaveLength(w.links.hosts.length);
    for (const host of w.links.hosts) {
      const card = cards.find((c) => c.table === String(host.table));
      expect(card?.number).toBe(`Bord ${host.table}`);
      // Large: at least three times the body text of a printed card.
      expect(card?.numberPx).toBeGreaterThanOrEqual(40);
      expect(card?.link).toBe(host.url);
      expect(card?.linkInside, `table ${host.table}: the link fits its card on paper`).toBe(true);
    }
  });
});
