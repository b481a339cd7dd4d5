// The console's Rapport section when the filing details are empty, as a nynorsk review found it: the panel
// "Opplysninger til rapporten" was closed and nothing said that the Word file would lack saksnummer, virksomhet, enhet
// and formål. Now the panel is open while they are missing, and a note beside the downloads lists what is missing
// without blocking them. The same note counts next steps without an owner or a deadline, and the panel takes the
// number of people in the room (the app itself only counts phones), checked before it is saved.
// (The test pages speak bokmål: Harness.openPage sets ?lang=nb.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, Harness, tid, type CreatedWorkshop } from '../harness.js';
import { roleSocket } from '../plenary/roleSocket.js';

let h: Harness;
let w: CreatedWorkshop;
let fac: Page;

beforeAll(async () => {
  h = await Harness.start();
  w = await h.createWorkshop({ title: 'Kafédialog om tenestetilbodet i Vestby kommune', language: 'nn' });
  fac = await h.openPage(w.links.facilitator, { viewport: { width: 1440, height: 900 } });
  await tid(fac, 'console-tab-report').click();
});
afterAll(async () => {
  await h.close();
});

const frameOpen = (): Promise<boolean> => tid(fac, 'filing-frame').evaluate((el) => (el as HTMLDetailsElement).open);
const missing = async (): Promise<string> =>
  (await tid(fac, 'filing-missing').count()) ? ((await tid(fac, 'filing-missing').textContent()) ?? '') : '';

describe('missing filing details', () => {
  it('opens the panel and lists what the report lacks beside the downloads, which still work', async () => {
    await expect.poll(frameOpen).toBe(true);
    await expect.poll(missing).toContain('Rapporten mangler saksnummer, virksomhet, enhet og formål.');
    expect(await tid(fac, 'harvest-download-docx').isEnabled()).toBe(true);
    await expectNoAxeViolations(fac, 'console, report section with missing filing details');
  });

  it('shrinks the list as details are saved, and drops it when none is missing; the panel stays open', async () => {
    await tid(fac, 'filing-reference').fill('26/1234');
    await tid(fac, 'filing-organisation').fill('Vestby kommune');
    await tid(fac, 'filing-save').click();
    await expect.poll(missing).toContain('Rapporten mangler enhet og formål.');
    await tid(fac, 'filing-unit').fill('Oppvekst');
    await tid(fac, 'filing-purpose').fill('Samle innspill til ny oppvekstplan.');
    await tid(fac, 'filing-save').click();
    // The marker: the saved confirmation is there, and the missing note is gone with it.
    await expect.poll(() => fac.getByText('Lagret.', { exact: false }).count()).toBeGreaterThan(0);
    await expect.poll(() => tid(fac, 'filing-missing').count()).toBe(0);
    expect(await frameOpen()).toBe(true);
  });

  it('takes the people in the room as a whole number, says so before saving anything else, and keeps it', async () => {
    const status = tid(fac, 'filing-frame').getByRole('status');
    await tid(fac, 'filing-peopleInRoom').fill('2.5');
    await tid(fac, 'filing-save').click();
    await expect
      .poll(() => status.textContent())
      .toContain('Skriv antall deltakere som et helt tall fra 1 til 10 000.');
    // Words in the field are named too, not saved as "no count" (a number field would have emptied them).
    await tid(fac, 'filing-peopleInRoom').fill('ca 60');
    await tid(fac, 'filing-save').click();
    await expect
      .poll(() => status.textContent())
      .toContain('Skriv antall deltakere som et helt tall fra 1 til 10 000.');
    await tid(fac, 'filing-peopleInRoom').fill('1 200');
    await tid(fac, 'filing-save').click();
    await expect.poll(() => status.textContent()).toContain('Lagret.');
    await tid(fac, 'filing-peopleInRoom').fill('60');
    await tid(fac, 'filing-save').click();
    await expect.poll(() => status.textContent()).toContain('Lagret.');
    await fac.reload();
    await tid(fac, 'console-tab-report').click();
    await expect.poll(() => tid(fac, 'filing-peopleInRoom').inputValue()).toBe('60');
  });

  it('warns beside the downloads about a next step without an owner or a deadline, until both are given', async () => {
    const steps = async (): Promise<string> =>
      (await tid(fac, 'filing-steps-missing').count())
        ? ((await tid(fac, 'filing-steps-missing').textContent()) ?? '')
        : '';
    if (!(await frameOpen())) await tid(fac, 'filing-frame').locator('summary').first().click();
    await fac.getByRole('button', { name: 'Legg til tiltak' }).click();
    await tid(fac, 'filing-step-what').fill('Kartlegge oppvekstplanane i nabokommunane');
    await tid(fac, 'filing-save').click();
    await expect.poll(steps).toContain('Ett tiltak mangler ansvarlig eller frist.');
    expect(await tid(fac, 'harvest-download-docx').isEnabled()).toBe(true);
    await expectNoAxeViolations(fac, 'console, report section with a next step lacking an owner');
    await tid(fac, 'filing-step-who').fill('Kommunalsjef oppvekst');
    await tid(fac, 'filing-step-due').fill('1. mars 2027');
    await tid(fac, 'filing-save').click();
    // The marker: the saved confirmation is there, and the warning is gone with it.
    await expect.poll(() => tid(fac, 'filing-frame').getByRole('status').textContent()).toContain('Lagret.');
    await expect.poll(() => tid(fac, 'filing-steps-missing').count()).toBe(0);
  });

  it('says the workshop has not ended, as the report will, until «Neste» past the wrap-up ends it', async () => {
    const unfinished = async (): Promise<string> =>
      (await tid(fac, 'filing-unfinished').count()) ? ((await tid(fac, 'filing-unfinished').textContent()) ?? '') : '';
    await expect.poll(unfinished).toContain('Workshopen er ikke avsluttet: rapporten sier «Status: Ikke startet».');
    // Nothing to end before the start: no advice to press «Neste» yet.
    expect(await unfinished()).not.toContain('Trykk «Neste»');
    const clock = await roleSocket(h.base, { token: w.facilitatorToken });
    try {
      await clock.send('clock:start');
      await expect.poll(unfinished).toContain('rapporten sier «Status: Pågår».');
      expect(await unfinished()).toContain('Trykk «Neste» når oppsummeringen i plenum er over');
      // «Neste» through every segment, the plenary wrap-up last, until the server says the workshop has ended.
      const next = (): Promise<boolean> =>
        clock.send('clock:next').then(
          () => true,
          (e: unknown) => {
            if (String(e).includes('the workshop has ended')) return false;
            throw e;
          },
        );
      let presses = 0;
      while (presses < 60 && (await next())) presses++;
      expect(presses).toBeGreaterThan(5);
      // The warning goes; the downloads are there (the marker that the panel was read).
      await expect.poll(() => tid(fac, 'filing-unfinished').count()).toBe(0);
      expect(await tid(fac, 'harvest-download-docx').isEnabled()).toBe(true);
    } finally {
      clock.close();
    }
  });
});
