// The projector's live wall with ten tables at 1920×1080 and 1280×720 (usability review, 2026-12-02): each tile shows
// several recent notes, not one note cut after six lines above an empty third, and no word is broken in the middle
// ("Tillitsreforme|n") where it would fit a line of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, Harness, waitFor, type CreatedWorkshop } from '../harness.js';
import type { RoleSocket } from './roleSocket.js';
import { roomInRound } from './roomInRound.js';

const TABLES = 10;
/** Three notes a table, as a host types them: short, with the long words of the public sector. */
const NOTES = [
  'Tillitsreformen gir handlingsrom for kommunene',
  'Mindre rapportering gir mer tid til barna',
  'Tillit mellom leder og medarbeider er grunnlaget',
  'Færre skjemaer og mer faglig skjønn',
  'Vi må tørre å prøve nye arbeidsmåter',
  'Samarbeid på tvers av tjenestene må bli bedre',
];

let h: Harness;
let fac: RoleSocket;
let hosts: RoleSocket[];
let screen: Page;

beforeAll(async () => {
  h = await Harness.start();
  let w: CreatedWorkshop;
  ({ w, fac, hosts } = await roomInRound(h, { title: 'E2E: veggen' }, (table) =>
    [0, 1, 2].map((k) => NOTES[(table - 1 + k) % NOTES.length] ?? ''),
  ));
  screen = await h.openPage(w.links.screen, { viewport: { width: 1920, height: 1080 } });
});
afterAll(async () => {
  for (const s of [fac, ...hosts]) s.close();
  await h.close();
});

/** Per tile: how many notes show whole, and the words of shown notes that the browser broke across two lines. */
function wallOnScreen(page: Page): Promise<{ table: string; shown: number; brokenWords: string[] }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid="wall-tile"]')).map((tile) => {
      const shownNotes = Array.from(tile.querySelectorAll<HTMLElement>('[data-testid="wall-note"]')).filter(
        (n) => !n.classList.contains('is-clipped'),
      );
      const brokenWords: string[] = [];
      for (const note of shownNotes) {
        const text = note.querySelector('.wall-note-text')?.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) continue;
        const value = text.textContent ?? '';
        for (const m of value.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          // One line box per line the word sits on: two distinct tops mean it was split across lines.
          const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          if (tops.size > 1) brokenWords.push(m[0]);
        }
      }
      return { table: tile.dataset.table ?? '', shown: shownNotes.length, brokenWords };
    }),
  );
}

describe('the live wall with ten tables', () => {
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    it(`at ${size.width}×${size.height} every tile shows at least two notes, and no word is broken mid-word`, async () => {
      await screen.setViewportSize(size);
      const tiles = await waitFor(
        () => wallOnScreen(screen),
        (ts) => ts.length === TABLES && ts.every((t) => t.shown >= 2),
        15_000,
      );
      expect(tiles).toHaveLength(TABLES);
      for (const t of tiles) {
        expect(t.shown, `table ${t.table}`).toBeGreaterThanOrEqual(2);
        expect(t.brokenWords, `table ${t.table}`).toEqual([]);
      }
      const style = await screen
        .locator('.wall-note-text')
        .first()
        .evaluate((el) => {
          const s = getComputedStyle(el);
          return { hyphens: s.hyphens, overflowWrap: s.overflowWrap, lang: el.closest('[lang]')?.getAttribute('lang') };
        });
      // Where the browser has a dictionary, a word longer than the line is hyphenated in the page's language.
      expect(style).toEqual({ hyphens: 'auto', overflowWrap: 'break-word', lang: 'nb' });
      await expectNoAxeViolations(screen, `live wall, ten tables, ${size.width}×${size.height}`);
    });
  }
});
