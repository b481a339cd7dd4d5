// The plenary screen, end to end: two table hosts type notes and the projector's wall and themes fill live; the
// facilitator hides, spotlights and messages; then walks the wrap-up and the projector follows. axe checks the
// projector at 1920×1080 and 1280×720, in a round and in the wrap-up, and the console's plenary panel.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, Harness, pressClock, sleep, textOf, tid, waitFor } from '../harness.js';
import { facilitatorSocket } from '../participants/steps.js';
import { openRecorded, readPastMarker } from '../socketFrames.js';
import { must } from '../../fixtures/must.js';
import { plenaryNb } from '@kafe/shared/i18n/nb/plenary';

const NOTES = [
  [
    'Mindre rapportering gir mer tid til barna',
    'Rapporteringskrav stjeler tid fra barn og familier',
    'Vi bruker for mye tid på rapportering',
  ],
  [
    'Tillitsbasert ledelse gir ansatte mer ansvar',
    'Ledere må vise tillit til ansatte',
    'Ledelse bygd på tillit og ansvar',
  ],
];
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});

const count = (page: Page, id: string): Promise<number> => tid(page, id).count();
const click = (page: Page, id: string): Promise<void> => tid(page, id).first().click({ timeout: 10_000 });

async function addNote(host: Page, text: string): Promise<void> {
  const input = tid(host, 'note-input').first();
  await input.fill(text, { timeout: 10_000 });
  await input.press('Enter');
}

/** The projector never scrolls, at any 16:9 size. */
async function expectNoScrolling(screen: Page, label: string): Promise<void> {
  const { scroll, view } = await screen.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    view: window.innerHeight,
  }));
  expect(scroll, `${label}: page height ${scroll} in a ${view} px window`).toBeLessThanOrEqual(view);
}

async function axeAtEverySize(screen: Page, label: string): Promise<void> {
  for (const size of SIZES) {
    await screen.setViewportSize(size);
    await sleep(400);
    await expectNoScrolling(screen, `${label} at ${size.width}×${size.height}`);
    await expectNoAxeViolations(screen, `screen, ${label}, ${size.width}×${size.height}`);
  }
  await screen.setViewportSize(must(SIZES[0]));
}

/** The wrap-up step the projector shows: "q1/themes", or "" when none. */
async function shownStep(screen: Page): Promise<string> {
  const el = tid(screen, 'wrapup').first();
  if ((await el.count()) === 0) return '';
  return `${await el.getAttribute('data-question')}/${await el.getAttribute('data-part')}`;
}

describe('plenary screen', () => {
  it('two hosts type notes and the screen fills live; the facilitator curates, then walks the wrap-up and the screen follows', async () => {
    const w = await h.createWorkshop({ title: 'E2E: plenum' });
    const fac = await h.openPage(w.links.facilitator, { viewport: { width: 1400, height: 1000 } });
    await click(fac, 'clock-start');
    await sleep(500);
    await click(fac, 'clock-next');
    const screen = await h.openPage(w.links.screen, { viewport: SIZES[0] });
    expect(
      await waitFor(
        () => textOf(screen, 'current-question', 2_000).catch(() => ''),
        (q) => /Hva har du hørt/.test(q),
        10_000,
      ),
    ).toMatch(/Hva har du hørt/);

    // Two tables type at once.
    const hosts = await Promise.all(
      NOTES.map((_, i) => h.openPage(must(w.links.hosts[i]).url, { viewport: { width: 1024, height: 768 } })),
    );
    await Promise.all(
      hosts.map(async (host, i) => {
        for (const text of NOTES[i] ?? []) await addNote(host, text);
      }),
    );
    expect(
      await waitFor(
        () => count(screen, 'wall-note'),
        (n) => n >= 6,
        15_000,
      ),
      'notes on the wall',
    ).toBe(6);
    expect(
      await waitFor(
        () => count(screen, 'theme-item'),
        (n) => n >= 2,
        15_000,
      ),
      'themes beside the wall',
    ).toBeGreaterThanOrEqual(2);
    const wall = await tid(screen, 'wall-note').allInnerTexts();
    for (const text of NOTES.flat()) expect(wall.join('\n')).toContain(text);
    // One more note arrives live, on top of its table.
    await addNote(must(hosts[1]), 'Tillit må bygges nedenfra');
    expect(
      await waitFor(
        () => count(screen, 'wall-note'),
        (n) => n >= 7,
        10_000,
      ),
    ).toBe(7);
    await axeAtEverySize(screen, 'round with wall and themes');

    // Hide: the note leaves the projector; the console still lists it.
    const secret = must(must(NOTES[0])[2]);
    await fac
      .locator('[data-testid="plenary-note"]', { hasText: secret })
      .getByRole('button', { name: 'Skjul' })
      .click();
    expect(
      await waitFor(
        async () => (await tid(screen, 'wall-note').allInnerTexts()).join('\n'),
        (t) => !t.includes(secret),
        10_000,
      ),
    ).not.toContain(secret);
    // A projector opened now is never sent it: read off its socket, since its page would not show it either way.
    const fresh = await openRecorded(h, w.links.screen, { viewport: SIZES[1] });
    const marker = await facilitatorSocket(h.base, w.facilitatorToken);
    try {
      await readPastMarker(marker, fresh);
    } finally {
      marker.close();
    }
    expect(fresh.frames.join('\n')).not.toContain(secret);
    await fresh.page.context().close();

    // Spotlight one note in large type, then end it.
    const star = must(must(NOTES[1])[1]);
    await fac
      .locator('[data-testid="plenary-note"]', { hasText: star })
      .getByRole('button', { name: 'Søkelys' })
      .click();
    expect(
      await waitFor(
        () => textOf(screen, 'spotlight', 2_000).catch(() => ''),
        (t) => t.includes(star),
        10_000,
      ),
    ).toContain(star);
    await expectNoAxeViolations(screen, 'screen with a spotlight');
    await fac.getByRole('button', { name: 'Slå av søkelyset' }).click();
    expect(
      await waitFor(
        () => count(screen, 'spotlight'),
        (n) => n === 0,
        10_000,
      ),
    ).toBe(0);

    // A message reaches the projector and a host tablet, until dismissed.
    const message = 'Kaken står i kantina';
    await tid(fac, 'message-input').fill(message);
    await fac.getByRole('button', { name: 'Vis beskjeden' }).click();
    for (const page of [screen, must(hosts[0])]) {
      expect(
        await waitFor(
          () => textOf(page, 'screen-message', 2_000).catch(() => ''),
          (t) => t.includes(message),
          10_000,
        ),
      ).toContain(message);
    }
    await fac.locator('.shown-messages').getByRole('button', { name: 'Ta bort' }).click();
    expect(
      await waitFor(
        () => count(screen, 'screen-message'),
        (n) => n === 0,
        10_000,
      ),
    ).toBe(0);

    // Before it is renamed, the console marks the theme's name as automatic, to check before the plenary.
    const firstTheme = fac.locator('.curate-theme').first();
    expect(await firstTheme.getByTestId('theme-automatic').textContent()).toBe(plenaryNb['plenary.curate.automatic']);

    // Rename a theme on the console: the projector shows the new name.
    await firstTheme.getByLabel('Navn på temaet').fill('Tid til barna');
    await firstTheme.getByRole('button', { name: 'Gi nytt navn' }).click();
    expect(
      await waitFor(
        async () => (await tid(screen, 'theme-item').allInnerTexts()).join('\n'),
        (t) => t.includes('Tid til barna'),
        10_000,
      ),
    ).toContain('Tid til barna');
    // Named by the facilitator now: its mark is gone (the new name on the console is the marker).
    const renamed = fac
      .locator('.curate-theme')
      .filter({ has: fac.locator('.curate-label', { hasText: /^Tid til barna$/ }) });
    await renamed.first().waitFor({ timeout: 10_000 });
    expect(await renamed.getByTestId('theme-automatic').count()).toBe(0);
    const panel = await new AxeBuilder({ page: fac })
      .include('section[aria-labelledby="plenary-h"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(panel.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // On to the plenary: round 1 → rotation → round 2 → break → rotation → round 3 → plenary.
    for (let i = 0; i < 6; i++) {
      await pressClock(fac, 'clock-next');
      await sleep(300);
    }
    expect(
      await waitFor(
        () => textOf(screen, 'segment-title', 2_000).catch(() => ''),
        (t) => /plenum/i.test(t),
        10_000,
      ),
    ).toMatch(/plenum/i);
    expect(await shownStep(screen)).toBe('');
    // A host's tablet in the plenary: the table's rounds, for sharing in the plenary, not a brief for a new group.
    const recap = tid(must(hosts[0]), 'recap-card');
    await expect.poll(() => recap.locator('summary').textContent(), { timeout: 10_000 }).toBe('Til plenum');
    expect(await recap.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);

    // The facilitator walks the wrap-up; the projector follows each step.
    await click(fac, 'wrapup-next');
    expect(
      await waitFor(
        () => shownStep(screen),
        (s) => s === 'q1/themes',
        10_000,
      ),
    ).toBe('q1/themes');
    expect(
      await waitFor(
        () => count(screen, 'theme-item'),
        (n) => n >= 2,
        10_000,
      ),
    ).toBeGreaterThanOrEqual(2);
    expect((await tid(screen, 'theme-item').allInnerTexts()).join('\n')).toContain('Tid til barna');
    await axeAtEverySize(screen, 'wrap-up themes');
    await click(fac, 'wrapup-next');
    expect(
      await waitFor(
        () => shownStep(screen),
        (s) => s === 'q1/insights',
        10_000,
      ),
    ).toBe('q1/insights');
    await click(fac, 'wrapup-next');
    expect(
      await waitFor(
        () => shownStep(screen),
        (s) => s === 'q1/summaries',
        10_000,
      ),
    ).toBe('q1/summaries');
    await click(fac, 'wrapup-prev');
    expect(
      await waitFor(
        () => shownStep(screen),
        (s) => s === 'q1/insights',
        10_000,
      ),
    ).toBe('q1/insights');
    await axeAtEverySize(screen, 'wrap-up insights');
    // The clock hooks stay on the projector through the wrap-up.
    expect(await count(screen, 'clock-remaining')).toBe(1);
  });
});
