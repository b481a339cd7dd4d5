// A paused round on the projector (walkthrough, 2026-12-03, 1920×1080): «Satt på pause» stood beside the countdown
// and took the question's width, so the template's second question («Hva i Tillitsreformen kan hjelpe oss å jobbe
// mot bedre liv for barn, unge og familier?») was cut to «… hjelpe oss å jobbe…» while the room waited. The pause
// now stands under the countdown and the question shows whole, at 1920×1080 and 1280×720.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, Harness, textOf, waitFor, type CreatedWorkshop } from '../harness.js';
import { roleSocket, type RoleSocket } from './roleSocket.js';

/** The default template's second question, the longest of the three. */
const QUESTION = 'Hva i Tillitsreformen kan hjelpe oss å jobbe mot bedre liv for barn, unge og familier?';
const PROJECTOR = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

let h: Harness;
let w: CreatedWorkshop;
let fac: RoleSocket;
let screen: Page;

beforeAll(async () => {
  h = await Harness.start();
  // Another day, so the plan moves to start when the clock does: the round shows its 25 planned minutes.
  w = await h.createWorkshop({
    title: 'E2E: pause i runden',
    tables: 4,
    date: '2030-01-15',
    questions: [{ id: 'q2', text: QUESTION }],
    agenda: [
      { id: 'round-2', kind: 'round', title: 'Andre spørsmål', start: '13:25', durationMin: 25, questionId: 'q2' },
      { id: 'plenary', kind: 'plenary', title: 'Oppsummering i plenum', start: '13:50', durationMin: 30, hold: true },
    ],
  });
  fac = await roleSocket(h.base, { token: w.facilitatorToken });
  await fac.send('clock:start');
  await fac.send('clock:pause');
  screen = await h.openPage(w.links.screen, { viewport: PROJECTOR[0] });
});
afterAll(async () => {
  fac.close();
  await h.close();
});

describe('a paused round on the projector', () => {
  it('says it is paused and shows the whole question', async () => {
    expect(
      await waitFor(
        () => textOf(screen, 'segment-title', 2_000).catch(() => ''),
        (t) => t === 'Andre spørsmål',
      ),
    ).toBe('Andre spørsmål');
    for (const size of PROJECTOR) {
      await screen.setViewportSize(size);
      // Laid out at the new size: the window has it, and a frame has been drawn since.
      await screen.waitForFunction((width) => window.innerWidth === width, size.width);
      await screen.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      const label = `${size.width}×${size.height}`;
      expect(await screen.locator('.screen-paused').innerText(), label).toBe('Satt på pause');
      // Clamped to three lines with an ellipsis when it does not fit: the text's height beyond its box is what is cut.
      const cut = await screen.locator('.screen-live-question').evaluate((el) => el.scrollHeight - el.clientHeight);
      expect(cut, `question cut at ${label}`).toBeLessThanOrEqual(1);
      await expectNoAxeViolations(screen, `projector, paused round, ${label}`);
    }
  });
});
