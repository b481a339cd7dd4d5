// A facilitator who curates the themes with the keyboard only, on a 1366×768 office laptop (walkthrough, 2026-12-03):
// after pinning, hiding, taking a suggested name or merging, the focus stays where they were (or, when the control
// left with the command, on the theme it concerns), not on <body> at the top of a page three screens long;
// Shift+Tab never puts the focus under the sticky live bar; the question picker stays inside its card.
// One server, one workshop, one console page: each step moves the same workshop on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, Harness, tid, waitFor, type CreatedWorkshop } from '../harness.js';
import { WALK_Q1 } from '../../fixtures/walkNotes.js';
import type { RoleSocket } from '../plenary/roleSocket.js';
import { roomInRound } from '../plenary/roomInRound.js';

const OFFICE_LAPTOP = { width: 1366, height: 768 };

let h: Harness;
let w: CreatedWorkshop;
let fac: RoleSocket;
let hosts: RoleSocket[];
let page: Page;

beforeAll(async () => {
  h = await Harness.start();
  ({ w, fac, hosts } = await roomInRound(
    h,
    { title: 'E2E: tastatur i plenum', tables: 8 },
    (table) => WALK_Q1[table] ?? [],
  ));
  page = await h.openPage(w.links.facilitator, { viewport: OFFICE_LAPTOP });
  // The round is on, so the console opens on Live, with the themes of the question being discussed.
  await waitFor(
    () => page.locator('.curate-theme').count(),
    (n) => n >= 5,
    30_000,
  );
});
afterAll(async () => {
  for (const s of [fac, ...hosts]) s.close();
  await h.close();
});

/** What has the focus, said so a failing test reads: tag, text and the theme it belongs to. */
function focused(p: Page): Promise<{ tag: string; text: string; theme: string | null }> {
  return p.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    const theme = a?.closest<HTMLElement>('.curate-theme')?.querySelector('.curate-label')?.textContent ?? null;
    const text = a instanceof HTMLInputElement ? `input=${a.value}` : (a?.textContent ?? '').trim();
    return { tag: a?.tagName ?? 'none', text, theme };
  });
}

/** Focuses `control` and presses Enter, as the keyboard would; waits for the console to be idle again. */
async function press(control: Locator): Promise<void> {
  await control.focus();
  await page.keyboard.press('Enter');
  // The command is back once no curation button is disabled any more (they all are while it is out).
  await waitFor(
    () => page.locator('.curate-theme .curate-row button:disabled:not(.curate-merge button)').count(),
    (n) => n === 0,
  );
  await waitFor(
    () => focused(page),
    (f) => f.tag !== 'BODY',
    3_000,
  );
}

const themeNamed = (label: string): Locator =>
  page.locator('.curate-theme').filter({ has: page.locator('.curate-label', { hasText: label }) });

describe('curating themes with the keyboard at 1366×768', () => {
  it('pinning and hiding keep the focus on the pressed button, which now says the way back', async () => {
    const label = await page.locator('.curate-theme .curate-label').nth(2).innerText();
    await press(themeNamed(label).getByRole('button', { name: 'Fest øverst' }));
    expect(await focused(page)).toEqual({ tag: 'BUTTON', text: 'Løsne', theme: label });

    await press(themeNamed(label).getByRole('button', { name: 'Skjul på storskjermen' }));
    expect(await focused(page)).toEqual({ tag: 'BUTTON', text: 'Vis på storskjermen', theme: label });
  });

  it('a suggested name, once taken, leaves with its button: the focus goes to that theme’s name field', async () => {
    const suggestion = page.locator('.curate-theme .curate-name-top button').first();
    const text = await suggestion.innerText();
    const phrase = /«(.+)»/.exec(text)?.[1] ?? '';
    expect(phrase, text).not.toBe('');
    await press(suggestion);
    expect(await focused(page)).toEqual({ tag: 'INPUT', text: `input=${phrase}`, theme: phrase });
    // Under the new name, the one it had, in the badge's words («Automatisk navn – sjekk før plenum»), not «Beregnet».
    expect(await themeNamed(phrase).locator('.curate-computed').innerText()).toMatch(/^Automatisk navn: \S/);
  });

  it('merging moves the focus to the name field of the theme it joined', async () => {
    const source = page.locator('.curate-theme').nth(4);
    const sourceLabel = await source.locator('.curate-label').innerText();
    const select = source.locator('.curate-merge select');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    const target = await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text ?? '');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Slå sammen');
    await page.keyboard.press('Enter');
    await waitFor(
      () => themeNamed(sourceLabel).count(),
      (n) => n === 0,
    );
    await waitFor(
      () => focused(page),
      (f) => f.tag !== 'BODY',
      3_000,
    );
    expect(await focused(page)).toEqual({ tag: 'INPUT', text: `input=${target}`, theme: target });
    expect(await themeNamed(target).innerText()).toContain(`Inneholder: ${sourceLabel}`);
  });

  it('Shift+Tab up through the themes never leaves the focus under the live bar', async () => {
    await page.locator('.curate-theme').last().locator('summary').focus();
    const covered: string[] = [];
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Shift+Tab');
      // The control is seen when what is drawn at its centre is the control (or inside it), not the bar.
      const hidden = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        const r = a.getBoundingClientRect();
        const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        const seen = top !== null && (a === top || a.contains(top) || top.contains(a));
        return seen ? null : `${a.tagName} «${a.textContent.trim().slice(0, 40)}» under ${top?.className ?? '?'}`;
      });
      if (hidden) covered.push(hidden);
    }
    expect(covered).toEqual([]);
  });

  it('the question picker stays inside its card, and the console passes axe', async () => {
    const { right, card } = await tid(page, 'plenary-question').evaluate((el) => {
      const panel = el.closest('section, .panel') ?? el.parentElement;
      return { right: el.getBoundingClientRect().right, card: panel?.getBoundingClientRect().right ?? 0 };
    });
    expect(right).toBeLessThanOrEqual(card);
    await expectNoAxeViolations(page, 'console, themes curated by keyboard, 1366×768');
  });
});
