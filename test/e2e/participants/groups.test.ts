// Participant groups defined by the organiser: on the organiser page the default groups are renamed, removed, added
// to and reordered with buttons (keyboard only for the move), a duplicate name is refused with a message; the new
// workshop's phone offers exactly these groups and keeps its choice; the facilitator console's preparation shows
// them, and locks them once the clock has started. axe checks each page; screenshots go to /tmp/groups-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nb } from '@kafe/shared/i18n/nb/core';
import { groupsNb } from '@kafe/shared/i18n/nb/groups';
import { groupsNn } from '@kafe/shared/i18n/nn/groups';
import { photosNb } from '@kafe/shared/i18n/nb/photos';
import { photosNn } from '@kafe/shared/i18n/nn/photos';
import { expectNoAxeViolations, Harness, PHONE, tid, waitFor, withLang } from '../harness.js';
import { waitText } from './steps.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});

const names = (page: Page): Promise<string[]> =>
  tid(page, 'group-name').evaluateAll((inputs) => inputs.map((i) => (i instanceof HTMLInputElement ? i.value : '')));

describe('participant groups the organiser defines', () => {
  it('custom groups made on the organiser page are what the phone offers and the console shows', async () => {
    const org = await h.openPage(`${h.base}/organiser`);
    await org.getByLabel(nb['org.key'], { exact: true }).fill(h.server.organiserKey);
    await org.getByLabel(nb['fac.agenda.workshopTitle'], { exact: true }).fill('E2E: egne grupper');
    await tid(org, 'groups-editor').waitFor({ timeout: 10_000 });
    expect(await names(org)).toEqual(['Ansatt', 'Leder', 'Tillitsvalgt', 'Bruker/brukerrepresentant', 'Annet']);
    expect(await tid(org, 'groups-editor').innerText()).toContain(groupsNb['groups.edit.why']);

    // Rename, remove, add: the new group's name field takes the focus.
    await org.getByLabel('Gruppe 2', { exact: true }).fill('Mellomleder');
    await org.getByRole('button', { name: `${groupsNb['groups.edit.remove']}: Bruker/brukerrepresentant` }).click();
    await org.getByRole('button', { name: groupsNb['groups.edit.add'] }).click();
    await org.keyboard.type('ansatt');
    await waitText(org, 'groups-editor', /To grupper heter «ansatt»/);
    await tid(org, 'groups-editor').scrollIntoViewIfNeeded();
    await org.screenshot({ path: '/tmp/groups-organiser-duplicate.png' });
    await org.getByLabel('Gruppe 5', { exact: true }).fill('Politiker');
    await waitFor(
      () => tid(org, 'groups-editor').innerText(),
      (text) => !text.includes('To grupper heter'),
      5_000,
    );

    // Move "Politiker" up twice with the keyboard: the focus stays on its button as it moves.
    await org.getByRole('button', { name: `${groupsNb['groups.edit.up']}: Politiker` }).focus();
    await org.keyboard.press('Enter');
    await org.keyboard.press('Enter');
    expect(await names(org)).toEqual(['Ansatt', 'Mellomleder', 'Politiker', 'Tillitsvalgt', 'Annet']);
    await expectNoAxeViolations(org, 'organiser page with the groups editor');
    await tid(org, 'groups-editor').scrollIntoViewIfNeeded();
    await org.screenshot({ path: '/tmp/groups-organiser.png' });

    await org.getByRole('button', { name: nb['org.create'] }).click();
    await tid(org, 'created-links').waitFor({ timeout: 10_000 });
    const links = await tid(org, 'created-links')
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const facilitator = links.find((l) => l.includes('/facilitator#')) ?? '';
    const join = links.find((l) => l.includes('/join/')) ?? '';
    expect(facilitator).not.toBe('');
    expect(join).not.toBe('');

    // The phone offers the organiser's groups, in their order, and keeps the one it picks.
    const phone = await h.openPage(join, PHONE);
    await tid(phone, 'group-picker').waitFor({ timeout: 15_000 });
    await tid(phone, 'group-picker').locator('summary').click();
    const offered = await tid(phone, 'group-picker').locator('label').allInnerTexts();
    expect(offered.map((s) => s.trim())).toEqual([
      'Ansatt',
      'Mellomleder',
      'Politiker',
      'Tillitsvalgt',
      'Annet',
      photosNb['groups.none'],
    ]);
    await phone.getByLabel('Politiker', { exact: true }).check();
    await waitText(phone, 'group-picker', new RegExp(nb['common.saved']));
    await expectNoAxeViolations(phone, 'phone with the custom groups');
    await phone.screenshot({ path: '/tmp/groups-phone.png' });
    await phone.reload();
    await tid(phone, 'group-picker').locator('summary').click();
    expect(await phone.getByLabel('Politiker', { exact: true }).isChecked({ timeout: 15_000 })).toBe(true);

    // The server holds the choice under the new group's key (the full log, asked for with the facilitator's link).
    const token = new URL(facilitator).hash.slice(1);
    // The organiser page remembers the new workshop's id (and nothing secret).
    const remembered = await org.evaluate(() => localStorage.getItem('kafe.myWorkshops'));
    const workshopId = (JSON.parse(remembered ?? '[]') as { id: string }[])[0]?.id ?? '';
    const log = (await (
      await fetch(`${h.base}/api/workshops/${workshopId}/export?format=json&personal=1`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { events: { event: { type: string; group?: string | null } }[] };
    const created = log.events.find((e) => e.event.type === 'workshop.created')?.event as unknown as {
      definition: { participantGroups: { key: string; labels: { nb: string } }[] };
    };
    const politician = created.definition.participantGroups.find((g) => g.labels.nb === 'Politiker');
    expect(log.events.filter((e) => e.event.type === 'participant.grouped').map((e) => e.event.group)).toEqual([
      politician?.key,
    ]);

    // The console's preparation shows the groups, editable before the start …
    const fac = await h.openPage(facilitator);
    await tid(fac, 'console-tab-prepare').click({ timeout: 15_000 });
    await tid(fac, 'groups-panel').waitFor({ timeout: 15_000 });
    await waitFor(
      () => names(fac),
      (n) => n.length === 5,
      10_000,
    );
    expect(await names(fac)).toEqual(['Ansatt', 'Mellomleder', 'Politiker', 'Tillitsvalgt', 'Annet']);
    expect(await tid(fac, 'groups-panel').innerText()).toContain(groupsNb['groups.edit.rule']);
    await expectNoAxeViolations(fac, 'console preparation with the groups');
    await tid(fac, 'groups-panel').scrollIntoViewIfNeeded();
    await fac.screenshot({ path: '/tmp/groups-console.png' });

    // … and locked, with the same groups listed, once the clock has started.
    await tid(fac, 'clock-start').first().click();
    // Starting the clock moves the console on to the live tab; the preparation is one click back.
    await tid(fac, 'console-tab-prepare').click({ timeout: 15_000 });
    await waitText(fac, 'groups-panel', /gruppene er låst/);
    expect(await tid(fac, 'group-name').count()).toBe(0);
    const panel = await tid(fac, 'groups-panel').innerText();
    for (const name of ['Mellomleder', 'Politiker']) expect(panel).toContain(name);
    await expectNoAxeViolations(fac, 'console with the groups locked');
    await tid(fac, 'groups-panel').scrollIntoViewIfNeeded();
    await fac.screenshot({ path: '/tmp/groups-console-locked.png' });
  });

  it('"Ikke spør om gruppe" on the organiser page: the phone is not asked', async () => {
    const org = await h.openPage(`${h.base}/organiser`);
    await org.getByLabel(nb['org.key'], { exact: true }).fill(h.server.organiserKey);
    await org.getByLabel(nb['fac.agenda.workshopTitle'], { exact: true }).fill('E2E: ingen grupper');
    await org.getByLabel(groupsNb['groups.edit.off'], { exact: true }).check();
    expect(await tid(org, 'group-name').count()).toBe(0);
    await org.getByRole('button', { name: nb['org.create'] }).click();
    await tid(org, 'created-links').waitFor({ timeout: 10_000 });
    const join =
      (
        await tid(org, 'created-links')
          .locator('a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
      ).find((l) => l.includes('/join/')) ?? '';
    const phone = await h.openPage(join, PHONE);
    // The name card is there (the page has rendered its extras), the group card is not.
    await phone.getByText(/navn/i).first().waitFor({ timeout: 15_000 });
    expect(await tid(phone, 'group-picker').count()).toBe(0);
  });

  it('in nynorsk the defaults are in nynorsk, and the workshop language decides the names shown', async () => {
    const org = await h.openPage(`${h.base}/organiser`);
    await org.goto(`${h.base}/organiser?lang=nn`);
    await tid(org, 'groups-editor').waitFor({ timeout: 10_000 });
    expect(await names(org)).toEqual(['Tilsett', 'Leiar', 'Tillitsvald', 'Brukar/brukarrepresentant', 'Anna']);
    expect(await tid(org, 'groups-editor').innerText()).toContain(groupsNn['groups.edit.why']);
    await org.locator('.organiser-form select').selectOption('en');
    expect(await names(org)).toEqual([
      'Employee',
      'Manager',
      'Union representative',
      'Service user or user representative',
      'Other',
    ]);
    await org.locator('.organiser-form select').selectOption('nn');
    await expectNoAxeViolations(org, 'organiser page in nynorsk');
    await tid(org, 'groups-editor').scrollIntoViewIfNeeded();
    await org.screenshot({ path: '/tmp/groups-organiser-nn.png' });
  });

  it("a bokmål workshop may name a group 'Leiar' beside 'Leder', and a nynorsk phone tells the two apart", async () => {
    // 'Leiar' is the default 'Leder' in nynorsk, a name the bokmål organiser never sees: no duplicate to them. A phone
    // in nynorsk would offer 'Leiar' twice, so there both are named as the workshop names them.
    const org = await h.openPage(`${h.base}/organiser`);
    await org.getByLabel(nb['org.key'], { exact: true }).fill(h.server.organiserKey);
    await org.getByLabel(nb['fac.agenda.workshopTitle'], { exact: true }).fill('E2E: Leder og Leiar');
    await tid(org, 'groups-editor').waitFor({ timeout: 10_000 });
    await org.getByRole('button', { name: groupsNb['groups.edit.add'] }).click();
    // A real duplicate is said (the marker), then 'Leiar' is not one.
    await org.keyboard.type('leder');
    await waitText(org, 'groups-editor', /To grupper heter «leder»/);
    await org.getByLabel('Gruppe 6', { exact: true }).fill('Leiar');
    const said = await waitFor(
      () => tid(org, 'groups-editor').innerText(),
      (text) => !text.includes('To grupper heter'),
      5_000,
    );
    expect(said).not.toContain('To grupper heter');
    await org.getByRole('button', { name: nb['org.create'] }).click();
    await tid(org, 'created-links').waitFor({ timeout: 10_000 });
    const join =
      (
        await tid(org, 'created-links')
          .locator('a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
      ).find((l) => l.includes('/join/')) ?? '';
    expect(join).not.toBe('');

    const phone = await h.openPage(join, PHONE);
    await phone.goto(withLang(join, 'nn'));
    await tid(phone, 'group-picker').waitFor({ timeout: 15_000 });
    await tid(phone, 'group-picker').locator('summary').click();
    const offered = await tid(phone, 'group-picker').locator('label').allInnerTexts();
    expect(offered.map((s) => s.trim())).toEqual([
      'Tilsett',
      'Leder',
      'Tillitsvald',
      'Brukar/brukarrepresentant',
      'Anna',
      'Leiar',
      photosNn['groups.none'],
    ]);
  });
});
