// Wording the room sees: the console counts connected pages in the singular when there is one («1 deltakar og
// 1 skjerm», not «1 deltakarar og 1 skjermar»), and the projector's round heading says where the room is
// («Runde 1 av 3 · Første spørsmål») instead of saying the round's name twice («Første spørsmål · Spørsmål 1»).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nn } from '@kafe/shared/i18n/nn/core';
import { KAFEDIALOG_TEMPLATE } from '@kafe/shared/template';
import { Harness, PHONE, textOf, tid, waitFor, withLang } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await Harness.start();
});

afterAll(async () => {
  await h.close();
});

describe('wording', () => {
  it('one phone and one screen connected: «Tilkopla no: 1 deltakar og 1 skjerm»', async () => {
    const w = await h.createWorkshop({ title: 'E2E: eintal', language: 'nn' });
    const fac = await h.openPage(w.links.facilitator, { viewport: { width: 1440, height: 900 } });
    await fac.goto(withLang(w.links.facilitator, 'nn'));
    await h.openPage(w.links.screen);
    await h.openPage(`${h.base}/join/${w.joinCode}`, PHONE);
    const want = nn['fac.presence']
      .replace('{participants}', nn['fac.presence.participants.one'].replace('{n}', '1'))
      .replace('{screens}', nn['fac.presence.screens.one'].replace('{n}', '1'));
    expect(want).toBe('Tilkopla no: 1 deltakar og 1 skjerm');
    expect(
      await waitFor(
        () => textOf(fac, 'presence', 1_000).catch(() => ''),
        (t) => t === want,
        15_000,
      ),
    ).toBe(want);
  });

  it("the projector's round heading: «Runde 1 av 3 · Første spørsmål», no «Spørsmål 1»", async () => {
    const w = await h.createWorkshop({ title: 'E2E: runde av' });
    const fac = await h.openPage(w.links.facilitator);
    const screen = await h.openPage(w.links.screen, { viewport: { width: 1920, height: 1080 } });
    await tid(fac, 'clock-start').click();
    await tid(fac, 'clock-next').click();
    const round = KAFEDIALOG_TEMPLATE.agenda.find((s) => s.kind === 'round')?.title ?? '';
    expect(
      await waitFor(
        () => textOf(screen, 'segment-title', 1_000).catch(() => ''),
        (t) => t === round,
        10_000,
      ),
    ).toBe(round);
    const heading = await screen.locator('.screen-eyebrow').first().innerText();
    expect(heading).toBe(`Runde 1 av 3 · ${round}`);
    expect(heading).not.toContain('Spørsmål 1');
  });
});
