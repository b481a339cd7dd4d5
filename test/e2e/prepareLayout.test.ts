// The console's Forberedelse at 1440×900 (a facilitator's laptop), in nynorsk with 12 tables as in the usability
// walk: the links are one table across the console (Kopier and Ny lenke on each link's line), the evaluation's
// questions are shown whole, and the message field's example fits in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { nn } from '@kafe/shared/i18n/nn/core';
import { expectNoAxeViolations, Harness, tid, withLang } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await Harness.start();
});

afterAll(async () => {
  await h.close();
});

const widthOf = async (l: Locator): Promise<number> => (await l.boundingBox())?.width ?? 0;
const section = (page: Page, headingId: string): Locator => page.locator(`section[aria-labelledby="${headingId}"]`);

describe('Forberedelse at 1440×900', () => {
  it('links span the console as a table, evaluation questions and the message example are not cut', async () => {
    const w = await h.createWorkshop({ title: 'E2E: Førebuing', language: 'nn', tables: 12 });
    const fac = await h.openPage(w.links.facilitator, { viewport: { width: 1440, height: 900 } });
    await fac.goto(withLang(w.links.facilitator, 'nn'));
    const links = section(fac, 'links-h');
    await tid(fac, 'links-table').waitFor({ timeout: 15_000 });

    // As wide as the agenda above it, not a third of it.
    const agendaWidth = await widthOf(section(fac, 'agenda-h'));
    expect(await widthOf(links)).toBeGreaterThan(agendaWidth * 0.95);

    // Join, screen, facilitator and 12 tables: each on one line, its buttons side by side.
    const rows = tid(fac, 'link-row');
    expect(await rows.count()).toBe(15);
    for (let i = 1; i < 15; i++) {
      const row = rows.nth(i);
      const copy = await row.getByRole('button', { name: new RegExp(`^${nn['common.copy']}`) }).boundingBox();
      const replace = await row.getByRole('button', { name: new RegExp(`^${nn['fac.links.replace']}`) }).boundingBox();
      expect(
        copy && replace && Math.abs(copy.y - replace.y) < 2,
        `row ${i}: ${JSON.stringify({ copy, replace })}`,
      ).toBe(true);
      expect((await row.boundingBox())?.height ?? 99).toBeLessThan(60);
    }

    // The evaluation's questions, opened for editing, show their whole text.
    const evaluation = section(fac, 'evaluation-edit-h');
    await evaluation.locator('summary').click();
    const fields = evaluation.locator('textarea');
    expect(await fields.count()).toBeGreaterThan(0);
    const cut = await fields.evaluateAll((els) =>
      els
        .filter((el): el is HTMLTextAreaElement => el instanceof HTMLTextAreaElement)
        .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.value),
    );
    expect(cut).toEqual([]);
    expect(await fields.first().inputValue()).toMatch(/^Kor nyttig var kafédialogen for deg\?$/);

    // The message field's example fits inside the field.
    const fits = await tid(fac, 'message-input').evaluate((el) => {
      if (!(el instanceof HTMLInputElement)) return false;
      const style = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx) return false;
      ctx.font = style.font;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return ctx.measureText(el.placeholder).width <= room;
    });
    expect(fits, 'placeholder fits its field').toBe(true);

    await expectNoAxeViolations(fac, 'facilitator Forberedelse (nn, 12 tables, 1440×900)');
  });
});
