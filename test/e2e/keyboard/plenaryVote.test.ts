// The facilitator opens a vote in the plenary with the keyboard (walkthrough, 2026-12-03, 1366×768): the projector was
// on another question's themes and stayed there, so the room was never told to vote; now «Åpne avstemningen» puts
// the vote step of its question on the projector (options, «Stem på mobilen nå!», the QR code), as «Vis resultatet»
// already did, and the focus stays on the vote's buttons through open and reveal. Each vote's buttons name their
// question to a screen reader (three «Åpne avstemningen» said nothing else).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, Harness, waitFor, type CreatedWorkshop } from '../harness.js';
import { WALK_Q1 } from '../../fixtures/walkNotes.js';
import type { RoleSocket } from '../plenary/roleSocket.js';
import { roomInRound } from '../plenary/roomInRound.js';

const OFFICE_LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };
/** Intro, round 1, rotation, round 2, break, rotation, round 3, plenary: seven presses of Neste. */
const TO_PLENARY = 7;

let h: Harness;
let w: CreatedWorkshop;
let fac: RoleSocket;
let hosts: RoleSocket[];
let consolePage: Page;
let screen: Page;

beforeAll(async () => {
  h = await Harness.start();
  ({ w, fac, hosts } = await roomInRound(
    h,
    { title: 'E2E: avstemning med tastatur', tables: 8 },
    (table) => WALK_Q1[table] ?? [],
  ));
  for (let i = 1; i < TO_PLENARY; i++) await fac.send('clock:next');
  // The projector is on another question when the vote is opened.
  await fac.send('wrapup:show', { questionId: 'q2', part: 'themes' });
  screen = await h.openPage(w.links.screen, { viewport: PROJECTOR });
  consolePage = await h.openPage(w.links.facilitator, { viewport: OFFICE_LAPTOP });
});
afterAll(async () => {
  for (const s of [fac, ...hosts]) s.close();
  await h.close();
});

/** The projector's wrap-up step as «question/part» ('' when it shows none). */
async function projectorStep(): Promise<string> {
  const el = screen.locator('[data-testid="wrapup"]').first();
  if ((await el.count()) === 0) return '';
  return `${await el.getAttribute('data-question')}/${await el.getAttribute('data-part')}`;
}

function focusedText(): Promise<string> {
  return consolePage.evaluate(() =>
    document.activeElement === document.body ? '<body>' : (document.activeElement?.textContent ?? '').trim(),
  );
}

/** Focuses `button` and presses Enter, as the keyboard would. */
async function press(button: Locator): Promise<void> {
  await button.focus();
  await consolePage.keyboard.press('Enter');
}

/** What a screen reader says after a button's name: the text its aria-describedby points to. */
function description(button: Locator): Promise<string> {
  return button.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
      .join(' ')
      .trim(),
  );
}

describe('a vote opened with the keyboard in the plenary', () => {
  it('each question’s «Åpne avstemningen» says which question it opens, to a screen reader', async () => {
    const opens = consolePage.getByRole('button', { name: 'Åpne avstemningen' });
    await opens.first().waitFor({ timeout: 15_000 });
    const said = await Promise.all((await opens.all()).map(description));
    expect(said).toHaveLength(3);
    expect(said[0]).toMatch(/^Spørsmål 1: Hva har du hørt i dag/);
    expect(said[1]).toMatch(/^Spørsmål 2: /);
    expect(new Set(said).size).toBe(3);
  });

  it('goes up on the projector with the call to vote, and the focus moves on to «Lukk»', async () => {
    expect(await waitFor(projectorStep, (s) => s === 'q2/themes')).toBe('q2/themes');
    const firstVote = consolePage.locator('.fac-vote').first();
    await firstVote.getByRole('button', { name: 'Åpne avstemningen' }).waitFor({ timeout: 15_000 });
    await press(firstVote.getByRole('button', { name: 'Åpne avstemningen' }));

    expect(await waitFor(projectorStep, (s) => s === 'q1/votes')).toBe('q1/votes');
    expect(await screen.locator('[data-testid="vote-options"] li').count()).toBeGreaterThan(1);
    expect(await screen.locator('.join-corner').innerText()).toContain('Stem på mobilen nå!');
    expect(await waitFor(focusedText, (f) => f !== '<body>', 3_000)).toBe('Lukk');
    expect(await description(firstVote.getByRole('button', { name: 'Lukk' }))).toMatch(/^Spørsmål 1: /);
    await expectNoAxeViolations(consolePage, 'console, vote open, 1366×768');
  });

  it('«Vis resultatet» shows the result and leaves the focus on the vote, not on the page', async () => {
    const firstVote = consolePage.locator('.fac-vote').first();
    await press(firstVote.getByRole('button', { name: 'Vis resultatet' }));
    expect(
      await waitFor(
        () => screen.locator('[data-testid="vote-results"]').count(),
        (n) => n > 0,
      ),
    ).toBeGreaterThan(0);
    const focus = await waitFor(focusedText, (f) => f !== '<body>', 3_000);
    expect(['Lukk', 'Start på nytt']).toContain(focus);
  });
});
