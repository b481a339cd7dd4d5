// The evaluation opened from the console in the plenary (walkthrough, 2026-12-03): the phones showed it, but the
// projector kept «Vi oppsummerer sammen om litt.», so the room was not told to answer unless the facilitator said it.
// Now, while it is open, the projector says «Svar på evalueringen på mobilen nå!» with the QR code and the join code,
// before a wrap-up step and beside one; once it is closed, the call goes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, Harness, waitFor, type CreatedWorkshop } from '../harness.js';
import { catalog as nb } from '@kafe/shared/i18n/nb/index';
import { roleSocket, type RoleSocket } from './roleSocket.js';

const CALL = nb['plenary.wrapup.evaluationOpen'];
/** Intro, round 1, rotation, round 2, break, rotation, round 3, plenary: seven presses of Neste. */
const TO_PLENARY = 7;

let h: Harness;
let w: CreatedWorkshop;
let fac: RoleSocket;
let screen: Page;

beforeAll(async () => {
  h = await Harness.start();
  w = await h.createWorkshop({ title: 'E2E: evaluering på storskjermen', tables: 4 });
  fac = await roleSocket(h.base, { token: w.facilitatorToken });
  await fac.send('clock:start');
  for (let i = 0; i < TO_PLENARY; i++) await fac.send('clock:next');
  screen = await h.openPage(w.links.screen, { viewport: { width: 1920, height: 1080 } });
});
afterAll(async () => {
  fac.close();
  await h.close();
});

const screenText = (): Promise<string> => screen.locator('body').innerText();

describe('the evaluation on the projector', () => {
  it('while it is open, the projector calls the room to answer on the phone, with the QR code', async () => {
    expect(CALL).toBe('Svar på evalueringen på mobilen nå!');
    expect(await waitFor(screenText, (t) => t.includes('Oppsummering i plenum'))).toContain('Oppsummering i plenum');
    await fac.send('evaluation:open');
    expect(await waitFor(screenText, (t) => t.includes(CALL))).toContain(CALL);
    const corner = screen.locator('.join-corner');
    expect(await corner.locator('[data-testid="join-qr"]').isVisible()).toBe(true);
    expect((await corner.locator('[data-testid="join-code"]').innerText()).replace(/\s/g, '')).toBe(w.joinCode);
    await expectNoAxeViolations(screen, 'projector, plenary, evaluation open');

    // Beside a wrap-up step too.
    await fac.send('wrapup:show', { questionId: 'q1', part: 'themes' });
    await screen.locator('[data-testid="wrapup"][data-part="themes"]').waitFor({ timeout: 10_000 });
    expect(await screenText()).toContain(CALL);
    await expectNoAxeViolations(screen, 'projector, wrap-up step, evaluation open');
  });

  it('once closed, the call goes and the wrap-up step stays', async () => {
    await fac.send('evaluation:close');
    expect(await waitFor(screenText, (t) => !t.includes(CALL))).not.toContain(CALL);
    // The marker that the screen is live and on the same step: the wrap-up frame is still there.
    expect(await screen.locator('[data-testid="wrapup"][data-part="themes"]').count()).toBe(1);
  });
});
