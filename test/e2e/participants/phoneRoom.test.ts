// The phone in the room (issue 12): it speaks the workshop's language, puts what to do now first, keeps a mistyped
// code, hides the table picker when there is nothing to choose and keyboard hints on a touch screen. At 390×844.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { expectNoAxeViolations, Harness, PHONE, tid, waitFor } from '../harness.js';
import { decodeQr, facilitatorSocket, waitText } from './steps.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});

/** A page in a fresh context (a device that never chose a language), opened exactly at `url`: no ?lang added. */
async function openBare(url: string, options: BrowserContextOptions = PHONE): Promise<Page> {
  const page = await (await h.browser.newContext(options)).newPage();
  await page.goto(url);
  return page;
}
const htmlLang = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.lang);
const bodyText = (page: Page): Promise<string> => page.locator('body').innerText();

describe('the phone in the room', () => {
  it('a nynorsk workshop opens in nynorsk without ?lang, on every page, until this device chooses otherwise', async () => {
    const w = await h.createWorkshop({ title: 'E2E: nynorsk', language: 'nn' });
    const phone = await openBare(w.links.join);
    expect(
      await waitFor(
        () => bodyText(phone),
        (t) => /Vi startar snart/.test(t),
        10_000,
      ),
    ).toMatch(/Hald sida open/);
    expect(await htmlLang(phone)).toBe('nn');
    await expectNoAxeViolations(phone, 'nynorsk phone');

    // Every role's page follows the workshop's language, and says so in <html lang>.
    const host = await openBare(w.links.hosts[0]?.url ?? '', { viewport: { width: 1024, height: 768 } });
    expect(
      await waitFor(
        () => bodyText(host),
        (t) => /Namnet ditt/.test(t),
        10_000,
      ),
    ).toMatch(/Namnet ditt/);
    expect(await htmlLang(host)).toBe('nn');
    for (const url of [w.links.screen, w.links.facilitator]) {
      const page = await openBare(url, { viewport: { width: 1440, height: 900 } });
      await waitText(page, 'segment-title', /\S/);
      expect(
        await waitFor(
          () => htmlLang(page),
          (l) => l === 'nn',
          10_000,
        ),
      ).toBe('nn');
    }

    // This phone's own choice wins, and is remembered across a reload.
    await phone.getByRole('combobox', { name: 'Språk' }).selectOption('nb');
    expect(
      await waitFor(
        () => bodyText(phone),
        (t) => /Vi starter snart/.test(t),
        10_000,
      ),
    ).toMatch(/Hold siden åpen/);
    expect(await htmlLang(phone)).toBe('nb');
    await phone.goto(w.links.join);
    expect(
      await waitFor(
        () => bodyText(phone),
        (t) => /Vi starter snart/.test(t),
        10_000,
      ),
    ).toMatch(/Vi starter/);
    expect(await htmlLang(phone)).toBe('nb');
  });

  it('the empty join form does not claim to connect; a wrong code keeps what was typed and says so plainly', async () => {
    await h.createWorkshop({ title: 'E2E: feil kode' });
    const phone = await openBare(`${h.base}/join?lang=nb`);
    const input = tid(phone, 'join-code-input');
    await input.waitFor({ timeout: 10_000 });
    expect(await bodyText(phone)).not.toMatch(/Kobler til/);
    expect(await tid(phone, 'connection-status').isVisible()).toBe(false);

    await input.fill('abcdef');
    await input.press('Enter');
    await waitFor(
      () => bodyText(phone),
      (t) => /Ukjent kode\. Finner ingen workshop med denne koden/.test(t),
      10_000,
    );
    expect(await tid(phone, 'join-code-input').inputValue()).toBe('ABCDEF');
    expect(await tid(phone, 'connection-status').isVisible()).toBe(false);
    expect(await bodyText(phone)).not.toMatch(/Får ikke koblet til/);
    await expectNoAxeViolations(phone, 'join form after a wrong code');
  });

  it('the table picker waits for the round, and a touch screen gets no Shift+Enter hint', async () => {
    const w = await h.createWorkshop({ title: 'E2E: bordvelger' });
    const phone = await openBare(`${w.links.join}?table=3&lang=nb`);
    expect(await waitText(phone, 'table-assignment', /Bord 3/)).toBe('Bord 3');
    expect(await phone.getByRole('combobox', { name: /bord/i }).count()).toBe(0);

    const fac = await facilitatorSocket(h.base, w.facilitatorToken);
    await fac.send('clock:start');
    await fac.send('clock:jump', { segmentId: 'round-1' });
    await waitText(phone, 'current-question', /Hva har du hørt/);
    await phone.getByRole('combobox', { name: 'Sitter du ved et annet bord?' }).waitFor({ timeout: 10_000 });
    const ideas = await phone.locator('.p-ideas').innerText();
    expect(ideas).toMatch(/Ideen vises sammen med bordvertens innspill/);
    expect(ideas).not.toMatch(/Shift\+Enter/);

    // With a mouse and keyboard the hint is there.
    const desk = await openBare(`${w.links.join}?table=3&lang=nb`, { viewport: { width: 1280, height: 800 } });
    await waitText(desk, 'current-question', /Hva har du hørt/);
    expect(await desk.locator('.p-ideas').innerText()).toMatch(/Shift\+Enter gir ny linje/);
    fac.close();
  });

  it("the projector's and the table cards' QR codes carry a nynorsk workshop's language: the phone's first screen is nynorsk", async () => {
    const w = await h.createWorkshop({ title: 'E2E: nynorsk QR', language: 'nn' });
    const screen = await openBare(w.links.screen, { viewport: { width: 1920, height: 1080 } });
    const link = await decodeQr(tid(screen, 'join-qr').first());
    expect(link).toBe(`${w.links.join}?lang=nn`);
    const cards = await openBare(`${h.base}/facilitator/tables#${w.facilitatorToken}`, {
      viewport: { width: 1280, height: 800 },
    });
    const card = cards.locator('[data-testid="table-card-qr"][data-table="3"] img');
    await card.waitFor({ timeout: 10_000 });
    expect(await decodeQr(card)).toBe(`${w.links.join}?table=3&lang=nn`);

    // What the phone shows first, recorded as the page draws it: nynorsk from the start, not bokmål until the welcome.
    const ctx = await h.browser.newContext(PHONE);
    await ctx.addInitScript(() => {
      const seen = (): void => {
        // None while the parser has not reached <body>.
        const text = document.querySelector('body')?.innerText ?? '';
        const role = /Deltak(er|ar)|Participant/.exec(text);
        if (role && !('firstRole' in window)) Object.assign(window, { firstRole: role[0] });
      };
      new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const phone = await ctx.newPage();
    await phone.goto(link);
    await waitText(phone, 'segment-title', /\S/);
    expect(await phone.evaluate(() => ('firstRole' in window ? String(window.firstRole) : ''))).toBe('Deltakar');
    expect(await htmlLang(phone)).toBe('nn');
    await ctx.close();
  });

  it('an open evaluation comes first: in view on a 390×844 phone without scrolling, above the vote results and the table', async () => {
    const w = await h.createWorkshop({ title: 'E2E: evaluering først' });
    const phone = await openBare(`${w.links.join}?table=2&lang=nb`);
    await waitText(phone, 'table-assignment', /Bord 2/);
    const fac = await facilitatorSocket(h.base, w.facilitatorToken);
    await fac.send('clock:start');
    await fac.send('clock:jump', { segmentId: 'plenary' });
    // A vote that is over, with its results, as in the wrap-up: the evaluation still goes above it.
    const options = ['Mer tillit', 'Mindre rapportering', 'Tid til barna', 'Lytte mer', 'Dele erfaringer'];
    await fac.send('vote:open', { questionId: 'q1', options: options.map((label, i) => ({ key: `o${i}`, label })) });
    await fac.send('vote:close', { questionId: 'q1' });
    await fac.send('vote:reveal', { questionId: 'q1' });
    await phone.locator('.p-results').waitFor({ timeout: 10_000 });
    await fac.send('evaluation:open');
    const title = phone.getByRole('heading', { name: 'Hva syntes du?' });
    await title.waitFor({ timeout: 10_000 });
    const box = await phone.locator('.p-eval').boundingBox();
    expect(box).not.toBeNull();
    // The card starts in the first screenful, with room for its first question.
    expect((box?.y ?? 9999) + 200).toBeLessThan(844);
    expect(await phone.evaluate(() => window.scrollY)).toBe(0);
    const after = await phone.evaluate(() =>
      ['.p-vote', '.p-seat'].map((selector) => {
        const evalCard = document.querySelector('.p-eval');
        const other = document.querySelector(selector);
        // DOCUMENT_POSITION_FOLLOWING (4): the other card comes after the evaluation.
        return evalCard && other ? (evalCard.compareDocumentPosition(other) & 4) === 4 : false;
      }),
    );
    expect(after).toEqual([true, true]);
    await expectNoAxeViolations(phone, 'phone with the evaluation first');
    fac.close();
  });
});
