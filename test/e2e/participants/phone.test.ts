// Participants end to end: a phone joins by the screen's QR code, by typing the code, and by a table card's QR code;
// it follows the rounds, is told to change tables at a rotation, adds ideas, votes with dots and answers the
// evaluation. axe checks every phone page. The real server (built output) and Debian's Chromium.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  Harness,
  pressClock,
  PHONE,
  readClockSeconds,
  tid,
  waitFor,
  withLang,
} from '../harness.js';
import { randomUUID } from 'node:crypto';
import { axeViolationsIn, countVibrations, decodeQr, facilitatorSocket, sleep, vibrations, waitText } from './steps.js';
import { must } from '../../fixtures/must.js';

const FIRST_QUESTION = /Hva har du hørt i dag/i;
let h: Harness;
const axeFailures: string[] = [];

beforeAll(async () => {
  h = await Harness.start();
});
afterEach(async () => {
  // Each test opens its own pages; closed here, they do not slow the next tests down (see Harness.closePages).
  await h.closePages();
});
afterAll(async () => {
  await h.close();
});

async function axe(page: Page, label: string): Promise<void> {
  await expectNoAxeViolations(page, label).catch(
    (e: unknown) => void axeFailures.push(e instanceof Error ? e.message : String(e)),
  );
}
/** Waits until the phone's newest idea reads as `match` says (its text, then its state: sending, shown, …). */
const waitForFirstIdea = (page: Page, match: (text: string) => boolean): Promise<string> =>
  waitFor(
    () =>
      page
        .locator('.p-idea')
        .first()
        .innerText()
        .catch(() => ''),
    match,
    10_000,
  );
const click = (page: Page, id: string): Promise<void> => tid(page, id).first().click({ timeout: 10_000 });
async function startRound(fac: Page): Promise<void> {
  await click(fac, 'clock-start');
  await sleep(300);
  await click(fac, 'clock-next');
}

describe('joining on a phone', () => {
  it("the screen's QR code opens the workshop on a phone: question and countdown", async () => {
    const w = await h.createWorkshop({ title: 'E2E: bli med' });
    const screen = await h.openPage(w.links.screen, { viewport: { width: 1920, height: 1080 } });
    expect((await waitText(screen, 'join-code', /\S/)).replace(/\s/g, '')).toBe(w.joinCode);
    const url = await decodeQr(tid(screen, 'join-qr').first());
    expect(url).toBe(`${h.base}/join/${w.joinCode}`);

    const fac = await h.openPage(w.links.facilitator);
    const before = await h.openPage(url, PHONE);
    await waitText(before, 'segment-title', /\S/);
    await axe(before, 'phone before the start');
    await startRound(fac);

    const phone = await h.openPage(url, PHONE);
    expect(await waitText(phone, 'current-question', FIRST_QUESTION)).toMatch(FIRST_QUESTION);
    expect(await readClockSeconds(phone)).toBeGreaterThan(0);
    expect(
      await waitText(before, 'current-question', FIRST_QUESTION),
      'a phone that joined before the start follows by itself',
    ).toMatch(FIRST_QUESTION);
    await axe(phone, 'phone in round 1 (no table yet)');
  });

  it('typing the code on /join joins too (any case, Enter submits)', async () => {
    const w = await h.createWorkshop({ title: 'E2E: skriv koden' });
    await startRound(await h.openPage(w.links.facilitator));
    const phone = await h.openPage(`${h.base}/join`, PHONE);
    await axe(phone, '/join');
    const input = tid(phone, 'join-code-input').first();
    await input.fill(w.joinCode.toLowerCase());
    await input.press('Enter');
    expect(await waitText(phone, 'current-question', FIRST_QUESTION)).toMatch(FIRST_QUESTION);
  });

  it('a wrong code gets a clear message and no question; a malformed one is refused before asking', async () => {
    const wrong = await h.openPage(`${h.base}/join/ZZZZZZ`, PHONE);
    await waitFor(
      () => wrong.locator('body').innerText(),
      (t) => /Ukjent kode\. Finner ingen workshop med denne koden/.test(t),
      10_000,
    );
    expect(await wrong.locator('body').innerText()).toMatch(/Ukjent kode\. Finner ingen workshop med denne koden/);
    // What was typed stays, to be corrected; the network is not blamed (no red 'cannot connect').
    expect(await tid(wrong, 'join-code-input').inputValue()).toBe('ZZZZZZ');
    expect(await tid(wrong, 'connection-status').isVisible()).toBe(false);
    expect(await wrong.locator('body').innerText()).not.toMatch(/Får ikke koblet til|Kobler til/);
    expect(await tid(wrong, 'current-question').count()).toBe(0);
    await axe(wrong, '/join/ZZZZZZ (wrong code)');

    const typed = await h.openPage(`${h.base}/join`, PHONE);
    await tid(typed, 'join-code-input').first().fill('O0O0O0');
    await tid(typed, 'join-code-input').first().press('Enter');
    expect(await typed.getByRole('alert').first().innerText()).toMatch(/6 tegn/);
    expect(new URL(typed.url()).pathname).toBe('/join');
  });

  it("a table card's QR code seats the phone at that table, and the phone keeps its identity on reload", async () => {
    const w = await h.createWorkshop({ title: 'E2E: bordkort' });
    const cards = await h.openPage(`${h.base}/facilitator/tables#${w.facilitatorToken}`);
    const card = cards.locator('[data-testid="table-card-qr"][data-table="3"] img');
    await card.waitFor({ timeout: 10_000 });
    await axe(cards, 'table cards page');
    const url = await decodeQr(card);
    expect(url).toBe(`${h.base}/join/${w.joinCode}?table=3`);

    const phone = await h.openPage(url, PHONE);
    expect(await waitText(phone, 'table-assignment', /3/)).toBe('Bord 3');
    await waitFor(
      () => new URL(phone.url()).searchParams.has('table'),
      (has) => !has,
      5_000,
    );
    // Before the start the phone only says where you sit; the picker comes with the round.
    expect(await phone.getByLabel('Sitter du ved et annet bord?').count()).toBe(0);
    await startRound(await h.openPage(w.links.facilitator));
    await waitText(phone, 'current-question', FIRST_QUESTION);
    // Changing the table by hand sticks, also across a reload (the card's ?table is not applied again).
    await phone.getByLabel('Sitter du ved et annet bord?').selectOption('5');
    expect(await waitText(phone, 'table-assignment', /5/)).toBe('Bord 5');
    await phone.reload();
    expect(await waitText(phone, 'table-assignment', /\d/)).toBe('Bord 5');
  });
});

describe('taking part', () => {
  it('ideas during a round, the change-tables screen with one buzz at the rotation, and the break', async () => {
    const w = await h.createWorkshop({ title: 'E2E: runde og veksling' });
    const fac = await h.openPage(w.links.facilitator);
    const ctx = await h.browser.newContext(PHONE);
    const phone = await ctx.newPage();
    await countVibrations(phone);
    await phone.goto(withLang(`${w.links.join}?table=2`));
    await startRound(fac);
    await waitText(phone, 'current-question', FIRST_QUESTION);

    const idea = tid(phone, 'idea-input').first();
    await idea.fill('Tillit betyr handlingsrom');
    await idea.press('Enter');
    await waitForFirstIdea(phone, (t) => /Tillit betyr handlingsrom[\s\S]*Vises/.test(t));
    expect(await idea.inputValue()).toBe('');
    await axe(phone, 'phone in round 1 (table chosen, idea sent)');
    expect(await vibrations(phone)).toBe(0);

    await pressClock(fac, 'clock-next'); // round 1 → rotation
    await waitFor(
      () =>
        phone
          .locator('.p-rotate')
          .innerText()
          .catch(() => ''),
      (t) => /Bytt bord!/.test(t),
      10_000,
    );
    expect(await tid(phone, 'current-question').count()).toBe(0);
    // Not the table being left in large type, but the question of where you sit now, with a button per table.
    expect(await tid(phone, 'table-assignment').count()).toBe(0);
    const where = phone.getByRole('group', { name: 'Hvor sitter du nå?' });
    expect(await where.getByRole('button').count()).toBe(10);
    await where.getByRole('button', { name: 'Bord 4', exact: true }).click();
    expect(await waitText(phone, 'table-assignment', /Bord 4/)).toBe('Bord 4');
    expect(await where.getByRole('button', { name: 'Bord 4', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await sleep(500);
    expect(await vibrations(phone)).toBe(1);
    await axe(phone, 'phone at the rotation (change tables)');

    await pressClock(fac, 'clock-next'); // rotation → round 2
    await waitText(phone, 'current-question', /\S/);
    expect(await waitText(phone, 'table-assignment', /Bord/)).toBe('Bord 4');
    await pressClock(fac, 'clock-next'); // round 2 → break
    await waitFor(
      () =>
        phone
          .locator('.p-break')
          .innerText()
          .catch(() => ''),
      (t) => /Vi fortsetter kl\. \d\d:\d\d/.test(t),
      10_000,
    );
    await axe(phone, 'phone at the break');
    await ctx.close();
  });

  it('an idea typed offline survives a closed tab: it is sent, once, when the phone comes back', async () => {
    const w = await h.createWorkshop({ title: 'E2E: idé uten nett' });
    await startRound(await h.openPage(w.links.facilitator));
    const ctx = await h.browser.newContext(PHONE);
    const phone = await ctx.newPage();
    await phone.goto(withLang(`${w.links.join}?table=3`));
    await waitText(phone, 'current-question', FIRST_QUESTION);

    await ctx.setOffline(true);
    const idea = tid(phone, 'idea-input').first();
    await idea.fill('Skrevet uten nett');
    await idea.press('Enter');
    await waitForFirstIdea(phone, (t) => t.includes('Skrevet uten nett'));
    await sleep(300); // the outbox writes to IndexedDB before it shows the idea; a little margin before closing
    await phone.close();
    await ctx.setOffline(false);
    const again = await ctx.newPage();
    await again.goto(withLang(w.links.join));
    await waitText(again, 'current-question', FIRST_QUESTION);

    const ideasStored = async (): Promise<number> => {
      const r = await fetch(`${h.base}/api/workshops/${w.id}/export?format=json`, {
        headers: { authorization: `Bearer ${w.facilitatorToken}` },
      });
      const exported = (await r.json()) as { events: { event: { type: string; text?: string } }[] };
      return exported.events.filter((e) => e.event.type === 'note.added' && e.event.text === 'Skrevet uten nett')
        .length;
    };
    expect(await waitFor(ideasStored, (n) => n > 0, 30_000)).toBe(1);
    // A marker: once the page shows the idea as shown, its outbox has flushed; still exactly one.
    await waitForFirstIdea(again, (t) => /Skrevet uten nett[\s\S]*Vises/.test(t));
    expect(await ideasStored()).toBe(1);
    await ctx.close();
  });

  it('mixing: the facilitator assigns tables and the rotation tells each phone where to go', async () => {
    const w = await h.createWorkshop({ title: 'E2E: blanding' });
    const phones = await Promise.all([1, 2, 3, 4].map(() => h.openPage(w.links.join, PHONE)));
    await Promise.all(phones.map((p) => waitText(p, 'segment-title', /\S/)));
    const fac = await h.openPage(w.links.facilitator);
    // Tables are assigned once all four have joined, as the console advises: the test below needs all four in one
    // assignment (a phone joining later gets a table of its own, fitted around the others).
    expect(await waitText(fac, 'participant-count', /^4 har blitt med/)).toMatch(/^4 har blitt med/);
    await fac.getByLabel('Bland folk mellom rundene').check();
    await fac.getByRole('button', { name: 'Tildel bord', exact: true }).click();
    const assigned = await Promise.all(phones.map((p) => waitText(p, 'table-assignment', /Bord \d/)));
    expect(assigned.every((t) => /^Bord \d+$/.test(t))).toBe(true);
    await startRound(fac);
    await pressClock(fac, 'clock-next'); // → rotation
    const goTo = await Promise.all(phones.map((p) => waitText(p, 'table-assignment', /Gå til bord \d/)));
    expect(goTo.every((t) => /^Gå til bord \d+$/.test(t))).toBe(true);
    // Four people, ten tables, three rounds: nobody meets anyone twice, so nobody shares a table in round 2 either.
    expect(new Set(goTo).size).toBe(4);
    await axe(must(phones[0]), 'phone at the rotation with mixing (assigned table)');
  });

  it('dot voting: dots over the options, changeable until closed, results when revealed; then the evaluation', async () => {
    const w = await h.createWorkshop({ title: 'E2E: avstemning' });
    const facSocket = await facilitatorSocket(h.base, w.facilitatorToken);
    const phone = await h.openPage(w.links.join, PHONE);
    await waitText(phone, 'segment-title', /\S/);
    await facSocket.send('vote:open', {
      questionId: 'q1',
      options: [
        { key: 'a', label: 'Mer tillit' },
        { key: 'b', label: 'Mindre rapportering' },
        { key: 'c', label: 'Tid til barna' },
      ],
    });

    const add = (label: string) => phone.getByRole('button', { name: `Gi en prikk til «${label}»` });
    // Nothing chosen yet, so nothing is "lagret" (the options on screen are the marker that the ballot is drawn).
    await add('Mer tillit').waitFor({ timeout: 10_000 });
    expect((await phone.locator('.p-vote-status').innerText()).trim()).toBe('0 av 3 prikker brukt');
    await add('Mindre rapportering').click();
    await add('Mindre rapportering').click();
    await add('Tid til barna').click();
    expect(await add('Mer tillit').isDisabled()).toBe(true);
    await waitFor(
      () => phone.locator('.p-vote-status').innerText(),
      (t) => /3 av 3 prikker brukt · lagret/.test(t),
      10_000,
    );
    await phone.getByRole('button', { name: 'Ta en prikk fra «Tid til barna»' }).click();
    await add('Mer tillit').click();
    await waitFor(
      () => phone.locator('.p-vote-status').innerText(),
      (t) => /lagret/.test(t),
      10_000,
    );
    await axe(phone, 'phone voting');

    // A reload shows the saved ballot, not a fresh one.
    await phone.reload();
    await waitFor(
      () =>
        phone
          .locator('.p-vote-status')
          .innerText()
          .catch(() => ''),
      (t) => /3 av 3 prikker brukt/.test(t),
      10_000,
    );

    await facSocket.send('vote:close', { questionId: 'q1' });
    await waitFor(
      () => phone.locator('.p-vote').innerText(),
      (t) => /lukket/.test(t),
      10_000,
    );
    await facSocket.send('vote:reveal', { questionId: 'q1' });
    const results = await waitFor(
      () =>
        phone
          .locator('.p-results')
          .innerText()
          .catch(() => ''),
      (t) => /Mindre rapportering/.test(t),
      10_000,
    );
    expect(results.indexOf('Mindre rapportering')).toBeLessThan(results.indexOf('Mer tillit'));
    // Each option shows its own count, not one number for all.
    const rows = (await phone.locator('.p-result').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual(['Mindre rapportering Prikker: 2', 'Mer tillit Prikker: 1', 'Tid til barna Prikker: 0']);
    await axe(phone, 'phone with vote results');

    const fac = await h.openPage(w.links.facilitator);
    await tid(fac, 'console-tab-plenary').click();
    await fac.getByRole('button', { name: 'Åpne evalueringen' }).click();
    const form = phone.locator('.p-eval');
    await form
      .getByRole('group', { name: /nyttig/i })
      .getByRole('radio', { name: '4', exact: true })
      .check();
    await form.getByLabel('Hva tar du med deg videre?').fill('Lytte mer');
    await axe(phone, 'phone evaluation form');
    await form.getByRole('button', { name: 'Send svarene' }).click();
    await waitFor(
      () => form.innerText(),
      (t) => /Takk for svarene!/.test(t),
      10_000,
    );
    await form.getByRole('button', { name: 'Endre svarene' }).click();
    await form
      .getByRole('group', { name: /nyttig/i })
      .getByRole('radio', { name: '5', exact: true })
      .check();
    await form.getByRole('button', { name: 'Send svarene' }).click();
    await waitFor(
      () => form.innerText(),
      (t) => /Takk for svarene!/.test(t),
      10_000,
    );
    const aggregate = await waitFor(
      () =>
        fac
          .locator('.fac-eval')
          .innerText()
          .catch(() => ''),
      (t) => /snitt 5,0 av 1 svar/.test(t) && /Lytte mer/.test(t),
      10_000,
    );
    expect(aggregate).toMatch(/snitt 5,0 av 1 svar/);
    facSocket.close();
  });

  it('the facilitator closes and reopens joining, and opens a vote from the panel; its panels are axe clean', async () => {
    const w = await h.createWorkshop({ title: 'E2E: fasilitator' });
    const facSocket = await facilitatorSocket(h.base, w.facilitatorToken);
    for (const text of ['Tillit gir handlingsrom', 'Mindre rapportering, mer tid']) {
      const noteId = randomUUID();
      await facSocket.send('note:add', { noteId, text, table: 1, round: 1 });
      await facSocket.send('note:star', { noteId, starred: true });
    }
    const inside = await h.openPage(w.links.join, PHONE);
    await waitText(inside, 'segment-title', /\S/);
    const fac = await h.openPage(w.links.facilitator, { viewport: { width: 1400, height: 1000 } });
    const toggle = tid(fac, 'join-toggle');
    await toggle.click();
    await waitFor(
      () => fac.locator('.fac-join').innerText(),
      (t) => /stengt/.test(t),
      10_000,
    );
    const late = await h.openPage(w.links.join, PHONE);
    await waitFor(
      () => late.locator('body').innerText(),
      (t) => /tar ikke imot flere deltakere/.test(t),
      10_000,
    );
    await inside.reload();
    expect(await waitText(inside, 'segment-title', /\S/), 'a phone that joined before still gets in').not.toBe('');
    await toggle.click();
    await waitFor(
      () => fac.locator('.fac-join').innerText(),
      (t) => /åpen/.test(t),
      10_000,
    );

    await tid(fac, 'console-tab-plenary').click();
    const voting = fac.locator('section[aria-labelledby="voting-h"]');
    await voting.getByRole('button', { name: 'Åpne avstemningen' }).first().click();
    await waitFor(
      () => voting.innerText(),
      (t) => /Åpen: 0 har stemt/.test(t),
      10_000,
    );
    expect(
      await waitFor(
        () => inside.locator('.p-option').count(),
        (n) => n >= 1,
        10_000,
      ),
    ).toBeGreaterThanOrEqual(1);

    expect(
      await axeViolationsIn(fac, ['section[aria-labelledby="voting-h"]', 'section[aria-labelledby="evaluation-h"]']),
    ).toEqual([]);
    await tid(fac, 'console-tab-prepare').click();
    await fac.locator('.fac-eval-editor summary').click();
    expect(
      await axeViolationsIn(fac, [
        'section[aria-labelledby="participants-h"]',
        'section[aria-labelledby="evaluation-edit-h"]',
      ]),
    ).toEqual([]);
    facSocket.close();
  });

  it('axe finds no WCAG 2.1 A/AA violations on any phone page visited above', () => {
    expect(axeFailures, axeFailures.join('\n\n')).toEqual([]);
  });
});
