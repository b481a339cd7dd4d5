// A nynorsk workshop's first question with eight tables and ~80 notes (walkthrough, 2026-12-03), on the projector at
// 1920×1080 and the console at 1440×900: theme names are never broken inside a word («Medisindispen|sar») and say
// what they count («11 innspel»); the wrap-up shows every theme of a question with seven or more, none clipped; the
// console's theme cards stay in their column with a wide name field; «Vis resultatet» puts the result on the screen.
// One server, one workshop, one set of pages: each step moves the same workshop on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, Harness, textOf, waitFor, withLang, type CreatedWorkshop } from '../harness.js';
import { must } from '../../fixtures/must.js';
import { WALK_Q1 } from '../../fixtures/walkNotes.js';
import { roleSocket, type RoleSocket } from './roleSocket.js';
import { roomInRound } from './roomInRound.js';

const PROJECTOR = { width: 1920, height: 1080 };
const LAPTOP = { width: 1440, height: 900 };
/** A name of one word longer than a theme card is wide, as the room writes them. */
const LONG_WORD = 'Kvardagsrehabiliteringsteamet';

let h: Harness;
let w: CreatedWorkshop;
let fac: RoleSocket;
let hosts: RoleSocket[];
let voters: RoleSocket[];
let screen: Page;
let consolePage: Page;

/** A page in nynorsk, as the walkthrough had it (openPage picks bokmål; the choice is remembered). */
async function openNynorsk(url: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await h.openPage(url, { viewport });
  await page.goto(withLang(url, 'nn'));
  return page;
}

beforeAll(async () => {
  h = await Harness.start();
  ({ w, fac, hosts } = await roomInRound(
    h,
    { title: 'E2E: ein full spørsmålsrunde', language: 'nn', tables: 8 },
    (table) => WALK_Q1[table] ?? [],
  ));
  voters = await Promise.all(Array.from({ length: 3 }, () => roleSocket(h.base, { joinCode: w.joinCode })));
  screen = await openNynorsk(w.links.screen, PROJECTOR);
});
afterAll(async () => {
  for (const s of [fac, ...hosts, ...voters]) s.close();
  await h.close();
});

interface LabelOnScreen {
  text: string;
  /** How far the longest line sticks out of the label's box (0: it fits). */
  overflow: number;
  /** Words the browser split across two lines. */
  brokenWords: string[];
  lines: number;
}

/** Each theme name under `selector` as shown: does it fit its box, and is any word broken across lines? */
function labels(page: Page, selector: string): Promise<LabelOnScreen[]> {
  return page.evaluate(
    (sel) =>
      Array.from(document.querySelectorAll<HTMLElement>(sel))
        .filter((el) => !el.closest('.is-clipped'))
        .map((el) => {
          const brokenWords: string[] = [];
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          const lineTops = new Set<number>();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of (node.textContent ?? '').matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
              if (tops.size > 1) brokenWords.push(m[0]);
              for (const top of tops) lineTops.add(top);
            }
          }
          return {
            text: el.innerText,
            overflow: el.scrollWidth - el.clientWidth,
            brokenWords,
            lines: lineTops.size,
          };
        }),
    selector,
  );
}

describe('a crowded question', () => {
  it('the live wall names themes whole, says what a count counts, and «8 av 8 bord» is readable from afar', async () => {
    const themes = await waitFor(
      () => Promise.resolve(fac.themes('q1')),
      (ts) => ts.length >= 3,
      20_000,
    );
    // The biggest theme gets a one-word name wider than the panel's card.
    const curation = { labels: { [must(themes[0]).key]: LONG_WORD }, merged: {}, moved: {}, hidden: [], pinned: [] };
    await fac.send('theme:curate', { questionId: 'q1', curation });
    await waitFor(
      () => labels(screen, '.theme-panel .theme-label'),
      (ls) => ls.some((l) => l.text === LONG_WORD),
      10_000,
    );
    const shown = await labels(screen, '.theme-panel .theme-label');
    // Five of eight beside the wall (name and one line of counts); three did, each count and tables stacked.
    expect(shown.length).toBeGreaterThanOrEqual(5);
    for (const l of shown) {
      expect(l.overflow, `«${l.text}» fits its card`).toBeLessThanOrEqual(0);
      expect(l.brokenWords, `«${l.text}»: no word broken`).toEqual([]);
    }
    expect(must(shown.find((l) => l.text === LONG_WORD)).lines, 'a one-word name is one line').toBe(1);

    const meta = await screen.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.theme-panel [data-testid="theme-item"]'))
        .filter((el) => !el.classList.contains('is-clipped'))
        .map((el) => ({
          count: el.querySelector<HTMLElement>('.theme-count')?.innerText ?? '',
          tablesPx: parseFloat(getComputedStyle(el.querySelector('.theme-tables') ?? el).fontSize),
        })),
    );
    // What does not fit is said: the shown themes and «+ N til» add up to every theme on the screen.
    const all = await screen.locator('.theme-panel [data-testid="theme-item"]').count();
    const moreText = (await screen.locator('[data-testid="themes-more"]').textContent()) ?? '';
    const more = Number(/^\+ (\d+) til$/u.exec(moreText)?.[1] ?? 0);
    console.log(`live wall themes: ${meta.length} of ${all} shown, «${moreText}»`);
    expect(meta.length + more, `${meta.length} shown, «${moreText}»`).toBe(all);
    expect(await screen.locator('[data-testid="themes-more"]').isVisible()).toBe(more > 0);
    for (const m of meta) {
      expect(m.count).toMatch(/^\d+ innspel$/);
      // The panel titles' size (2.4cqh, 26 px at 1080p): the smallest the projector sets for reading.
      expect(m.tablesPx, '«8 av 8 bord» at 26 px or more').toBeGreaterThanOrEqual(26);
    }
    await expectNoAxeViolations(screen, 'projector, live wall with themes, nynorsk');
  });

  it('the console at 1440×900 keeps each theme card inside the «Tema» column, its name field wide', async () => {
    consolePage = await openNynorsk(w.links.facilitator, LAPTOP);
    await waitFor(
      () => consolePage.locator('.curate-theme').count(),
      (n) => n >= 3,
      15_000,
    );
    const cards = await consolePage.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.curate-theme')).map((card) => {
        const column = card.closest('section')?.getBoundingClientRect();
        const r = card.getBoundingClientRect();
        const input = card.querySelector('input')?.getBoundingClientRect();
        return {
          label: card.querySelector('.curate-label')?.textContent ?? '',
          overflow: card.scrollWidth - card.clientWidth,
          right: r.right,
          columnRight: column?.right ?? 0,
          width: r.width,
          height: r.height,
          inputWidth: input?.width ?? 0,
        };
      }),
    );
    for (const c of cards) {
      expect(c.overflow, `«${c.label}»: nothing sticks out of the card`).toBeLessThanOrEqual(0);
      expect(c.right, `«${c.label}»: inside the «Tema» column`).toBeLessThanOrEqual(c.columnRight);
      expect(c.inputWidth / c.width, `«${c.label}»: the name field takes most of the card`).toBeGreaterThan(0.6);
    }
    // Compact: each theme took about 270 px before (the walkthrough: 2,200 px of scrolling for one question).
    const heights = cards.map((c) => Math.round(c.height));
    console.log(`curation cards: ${heights.join(', ')} px tall`);
    const mean = heights.reduce((a, b) => a + b, 0) / heights.length;
    expect(mean, `theme cards, notes folded (${heights.join(', ')} px)`).toBeLessThanOrEqual(260);
    expect(Math.max(...heights), 'the tallest theme card, notes folded').toBeLessThanOrEqual(300);
    await expectNoAxeViolations(consolePage, 'console, theme curation, nynorsk');
  });

  it('the console says how many notes the themes leave out, and one can be put into a theme', async () => {
    // The walkthrough: 50 of 168 notes were in no theme and nothing said so.
    const outside = consolePage.locator('[data-testid="outside-themes"]:visible').first();
    const count = async (): Promise<[number, number]> => {
      const m = /^(\d+) av (\d+) innspel står utanfor temaa$/u.exec(
        (await outside.locator('summary').innerText()).trim(),
      );
      return [Number(m?.[1] ?? -1), Number(m?.[2] ?? -1)];
    };
    const [before, total] = await count();
    expect(total, 'every note of question 1 is counted').toBe(Object.values(WALK_Q1).flat().length);
    expect(before, 'some notes are outside the themes').toBeGreaterThan(0);
    await outside.locator('summary').click();
    const first = outside.locator('li').first();
    const select = first.getByRole('combobox', { name: 'Legg til i' });
    await select.selectOption({ index: 1 });
    await first.getByRole('button', { name: 'Legg til' }).click();
    const after = await waitFor(count, ([n]) => n === before - 1, 10_000);
    expect(after).toEqual([before - 1, total]);
    await expectNoAxeViolations(consolePage, 'console, notes outside the themes, nynorsk');
  });

  it('the wrap-up at 1920×1080 shows every theme of a question with seven or more, no count clipped', async () => {
    // round 1 → rotation → round 2 → break → rotation → round 3 → plenary
    for (let i = 0; i < 6; i++) await fac.send('clock:next');
    // Seven themes on screen, as in the walkthrough: the facilitator hides the smallest ones past the seventh.
    const themes = fac.themes('q1');
    expect(themes.length).toBeGreaterThanOrEqual(7);
    const curation = {
      labels: { [must(themes[0]).key]: LONG_WORD },
      merged: {},
      moved: {},
      hidden: themes.slice(7).map((th) => th.key),
      pinned: [],
    };
    await fac.send('theme:curate', { questionId: 'q1', curation });
    await fac.send('wrapup:show', { questionId: 'q1', part: 'themes' });
    await waitFor(
      () => screen.locator('.wrapup-themes [data-testid="theme-item"]').count(),
      (n) => n === 7,
      10_000,
    );
    const cards = await screen.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.wrapup-themes [data-testid="theme-item"]')).map((card) => {
        const r = card.getBoundingClientRect();
        const badge = card.querySelector('.theme-count')?.getBoundingClientRect();
        return {
          label: card.querySelector('h3')?.textContent ?? '',
          clipped: card.classList.contains('is-clipped'),
          top: r.top,
          bottom: r.bottom,
          left: r.left,
          right: r.right,
          badgeRight: badge?.right ?? 0,
        };
      }),
    );
    expect(cards.length, 'the question shows seven themes').toBe(7);
    for (const c of cards) {
      expect(c.clipped, `«${c.label}» shown`).toBe(false);
      expect(c.top, `«${c.label}» on screen`).toBeGreaterThanOrEqual(0);
      expect(c.bottom, `«${c.label}» on screen`).toBeLessThanOrEqual(PROJECTOR.height);
      expect(c.right, `«${c.label}» on screen`).toBeLessThanOrEqual(PROJECTOR.width);
      expect(c.badgeRight, `«${c.label}»: its count inside the card`).toBeLessThanOrEqual(c.right);
    }
    for (const l of await labels(screen, '.wrapup-theme-label')) {
      expect(l.overflow, `«${l.text}» fits its card`).toBeLessThanOrEqual(0);
      expect(l.brokenWords, `«${l.text}»: no word broken`).toEqual([]);
    }
    await expectNoAxeViolations(screen, 'projector, wrap-up with seven themes');
  });

  it('«Vis resultatet» in the console puts the vote result on the projector', async () => {
    const options = [
      { key: 'a', label: 'Kvardagsrehabilitering' },
      { key: 'b', label: 'Frivilligsentralen' },
    ];
    await fac.send('vote:open', { questionId: 'q1', options });
    await Promise.all(voters.map((v) => v.send('vote:cast', { questionId: 'q1', dots: { a: 2, b: 1 } })));
    // The projector is elsewhere (the overview) when the facilitator shows the result.
    await fac.send('wrapup:show', { questionId: null, part: 'overview' });
    await waitFor(
      () => screen.locator('[data-testid="wrapup"][data-part="overview"]').count(),
      (n) => n === 1,
      10_000,
    );
    const reveal = consolePage.locator('.fac-vote').first().getByRole('button', { name: 'Vis resultatet' });
    await reveal.click();
    const step = await waitFor(
      async () =>
        `${await screen.locator('[data-testid="wrapup"]').getAttribute('data-question')}/${await screen
          .locator('[data-testid="wrapup"]')
          .getAttribute('data-part')}`,
      (s) => s === 'q1/votes',
      10_000,
    );
    expect(step).toBe('q1/votes');
    expect(await textOf(screen, 'vote-voters')).toBe('3 har røysta');
    expect(await textOf(screen, 'vote-results')).toMatch(/Kvardagsrehabilitering[\s\S]*67 %[\s\S]*Frivilligsentralen/);
  });
});
