// The table host's tablet in the room (issue 12), at 1024×768 and 768×1024: a count near the limit and a pasted text
// that is too long kept whole; the round summary says when it is saved; the undo row covers no note; the name field
// says the name goes into the report (README: host names are in it), which a host cannot otherwise know.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LIMITS } from '../../../shared/src/constants.js';
import { expectNoAxeViolations, Harness, sleep, tid, waitFor, type CreatedWorkshop } from '../harness.js';
import { workshopInRoundOne } from './tablet.js';

const LANDSCAPE = { viewport: { width: 1024, height: 768 }, hasTouch: true };
const PORTRAIT = { viewport: { width: 768, height: 1024 }, hasTouch: true };

let h: Harness;
let w: CreatedWorkshop;

beforeAll(async () => {
  h = await Harness.start();
  w = await workshopInRoundOne(h, 'Bordverter i rommet');
});
afterAll(async () => {
  await h.close();
});

const hostUrl = (table: number): string => w.links.hosts.find((x) => x.table === table)?.url ?? '';
async function openHost(table: number, options = LANDSCAPE): Promise<Page> {
  const page = await h.openPage(hostUrl(table), options);
  await tid(page, 'note-input').waitFor({ timeout: 15_000 });
  return page;
}
const text = (page: Page, selector: string): Promise<string> =>
  page
    .locator(selector)
    .first()
    .innerText()
    .catch(() => '');

describe('the host tablet in the room', () => {
  it('counts characters near the limit, and a pasted text over it stays whole, is named, and is not added', async () => {
    const host = await openHost(1);
    const input = tid(host, 'note-input');
    await input.fill('a'.repeat(LIMITS.noteChars - 100));
    expect(await text(host, '.note-composer .char-count')).toBe(
      `${LIMITS.noteChars - 100} av ${LIMITS.noteChars} tegn`,
    );

    const long = 'Et langt innspill. '.repeat(70).trim(); // about 1,330 characters, as if pasted from a document
    await input.fill(long);
    expect(await input.inputValue()).toBe(long);
    const over = long.length - LIMITS.noteChars;
    expect(await text(host, '.char-count-over')).toMatch(new RegExp(`Teksten er ${over} tegn for lang`));
    expect(await host.getByRole('button', { name: 'Legg til' }).isDisabled()).toBe(true);
    await input.press('Enter');
    await sleep(300);
    expect(await input.inputValue()).toBe(long);
    expect(await tid(host, 'note-item').count()).toBe(0);
    await expectNoAxeViolations(host, 'host with a text over the limit');

    // Shortened, it goes in whole, and is the first note on the list (the marker that the list was read).
    const fits = long.slice(0, LIMITS.noteChars).trim();
    await input.fill(fits);
    await input.press('Enter');
    const first = await waitFor(
      () => text(host, '[data-testid="note-item"] .note-text'),
      (t) => t.length > 0,
      10_000,
    );
    expect(first).toBe(fits);
    expect(await tid(host, 'note-item').count()).toBe(1);
  });

  it("the round summary says it is saved ('Lagret kl. HH:MM'), and that it waits on the tablet when offline", async () => {
    const host = await openHost(2, PORTRAIT);
    const summary = tid(host, 'round-summary');
    await summary.fill('Gruppen var opptatt av tillit.');
    await summary.blur();
    const state = (): Promise<string> => text(host, '.summary-state');
    expect(await waitFor(state, (t) => /Lagret kl\. \d\d:\d\d/.test(t), 10_000)).toMatch(/^Lagret kl\. \d\d:\d\d$/);

    await host.context().setOffline(true);
    await summary.fill('Gruppen var opptatt av tillit og tid.');
    expect(await state()).toBe('Ikke lagret ennå');
    await summary.blur();
    expect(await waitFor(state, (t) => /sendes når nettet er tilbake/.test(t), 10_000)).toBe(
      'Lagret på nettbrettet – sendes når nettet er tilbake',
    );
    await host.context().setOffline(false);
    expect(await waitFor(state, (t) => /Lagret kl\./.test(t), 20_000)).toMatch(/^Lagret kl\. \d\d:\d\d$/);
    await expectNoAxeViolations(host, 'host summary saved (portrait)');
  });

  for (const [name, viewport] of [
    ['1024×768', LANDSCAPE],
    ['768×1024', PORTRAIT],
  ] as const) {
    it(`at ${name}, deleting a note leaves the undo row in its place, covering no other note`, async () => {
      const host = await openHost(name === '1024×768' ? 3 : 4, viewport);
      const input = tid(host, 'note-input');
      for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
        await input.fill(`Innspill nummer ${n} om tillit og tid`);
        await input.press('Enter');
      }
      await waitFor(
        () => tid(host, 'note-item').count(),
        (n) => n === 8,
        10_000,
      );
      // The oldest note is last on the list: delete it, then the one before, as a host tidying up would.
      const last = tid(host, 'note-item').last();
      await last.getByRole('button', { name: 'Slett innspill' }).click();
      const undo = host.locator('.undo-bar');
      await undo.waitFor({ timeout: 5_000 });
      await tid(host, 'note-item').last().scrollIntoViewIfNeeded();
      const bar = await undo.boundingBox();
      const boxes = await tid(host, 'note-item').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom };
        }),
      );
      expect(boxes).toHaveLength(7);
      expect(bar).not.toBeNull();
      const overlaps = boxes.filter((b) => bar && b.top < bar.y + bar.height && b.bottom > bar.y);
      expect(overlaps).toEqual([]);
      // Undo brings the note back where it was.
      await undo.getByRole('button', { name: 'Angre' }).click();
      expect(
        await waitFor(
          () => text(host, '[data-testid="note-item"]:last-of-type .note-text'),
          (t) => t.includes('nummer 1 '),
          10_000,
        ),
      ).toMatch(/Innspill nummer 1 om tillit og tid/);
    });
  }

  it('says under «Navnet ditt» that the name goes into the report, and a screen reader hears it with the field', async () => {
    const host = await openHost(5);
    const field = host.getByRole('textbox', { name: 'Navnet ditt' });
    const hint = 'Navnet ditt kommer med i rapporten fra workshopen.';
    expect(await tid(host, 'host-name-hint').innerText()).toBe(hint);
    const described = await field.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(described).toBe(hint);
    await expectNoAxeViolations(host, 'host with the name hint');
  });
});
