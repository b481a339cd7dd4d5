// Table hosts end to end: a tablet adds notes online and offline, closes its tab offline and reopens it online, and
// every note arrives exactly once; a rotation shows the recap card for the incoming group; the page is axe clean.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import {
  expectNoAxeViolations,
  Harness,
  pressClock,
  sleep,
  textOf,
  tid,
  waitFor,
  type CreatedWorkshop,
} from '../harness.js';
import { facilitatorSocket } from '../participants/steps.js';
import { openRecorded, readPastMarker } from '../socketFrames.js';
import { must } from '../../fixtures/must.js';
import { outbox, reopenOnline } from './tablet.js';

const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true };

let h: Harness;
let w: CreatedWorkshop;
let facilitator: Page;

beforeAll(async () => {
  h = await Harness.start();
  w = await h.createWorkshop({ title: 'Bordverter' });
  facilitator = await h.openPage(w.links.facilitator);
  await tid(facilitator, 'clock-start').click();
  await sleep(300);
  await tid(facilitator, 'clock-next').click(); // intro → round 1
});

afterAll(async () => {
  await h.close();
});

async function addNote(page: Page, text: string): Promise<void> {
  const input = tid(page, 'note-input');
  await input.fill(text);
  await input.press('Enter');
}

const count = (page: Page, id: string): Promise<number> => tid(page, id).count();

const noteExport = z.object({
  events: z.array(
    z.object({ event: z.object({ type: z.string(), text: z.string().optional(), noteId: z.string().optional() }) }),
  ),
});

/** The id of the note first added with `text`, from the facilitator's JSON export (the tablet made it up). */
async function noteIdOf(text: string): Promise<string> {
  const r = await fetch(`${h.base}/api/workshops/${w.id}/export?format=json`, {
    headers: { authorization: `Bearer ${w.facilitatorToken}` },
  });
  const exported = noteExport.parse(await r.json());
  const noteId = exported.events.find((e) => e.event.type === 'note.added' && e.event.text === text)?.event.noteId;
  if (!noteId) throw new Error(`no note.added with the text ${text} in the export`);
  return noteId;
}

describe('table host tablet', () => {
  it('keeps every note, online, offline and across a tab closed offline, and the server has each exactly once', async () => {
    const host = await h.openPage(must(w.links.hosts[0]).url, TABLET);
    for (let i = 1; i <= 3; i++) await addNote(host, `Tillit gir handlingsrom ${i}`);
    expect(
      await waitFor(
        () => count(host, 'note-item'),
        (n) => n === 3,
      ),
    ).toBe(3);
    expect(
      await waitFor(
        () => outbox(host),
        (t) => t === '0',
      ),
    ).toBe('0');

    await host.context().setOffline(true);
    for (let i = 1; i <= 2; i++) await addNote(host, `Uten nett ${i}`);
    expect(
      await waitFor(
        () => count(host, 'note-item'),
        (n) => n === 5,
      ),
    ).toBe(5);
    expect(await outbox(host)).toBe('2');
    // Pending notes say so.
    expect(await host.getByText('Ikke sendt ennå').count()).toBe(2);

    await addNote(host, 'Skrevet rett før fanen ble lukket');
    await sleep(300);
    const { page: again, outbox: left } = await reopenOnline(host, must(w.links.hosts[0]).url, 30_000);
    expect(left).toBe('0');
    expect(
      await waitFor(
        () => count(again, 'note-item'),
        (n) => n === 6,
      ),
    ).toBe(6);

    const r = await fetch(`${h.base}/api/workshops/${w.id}/export?format=json`, {
      headers: { authorization: `Bearer ${w.facilitatorToken}` },
    });
    const exported = (await r.json()) as { events: { event: { type: string; text?: string } }[] };
    const texts = exported.events.filter((e) => e.event.type === 'note.added').map((e) => e.event.text);
    expect(texts).toHaveLength(6);
    expect(new Set(texts).size).toBe(6);
  });

  it('stars, edits and deletes a note with undo, and another table is never sent it', async () => {
    // Open before the note exists, so the other tablet would be sent the note's events live if they leaked.
    const other = await openRecorded(h, must(w.links.hosts[2]).url, TABLET);
    const host = await h.openPage(must(w.links.hosts[1]).url, TABLET);
    await addNote(host, 'Mindre rapportering');
    const item = tid(host, 'note-item').first();
    await item.getByRole('button', { name: 'Stjernemerk som innsikt' }).click();
    await waitFor(
      () => item.getByRole('button', { name: 'Fjern stjerne' }).count(),
      (n) => n === 1,
    );
    await item.getByRole('button', { name: 'Rediger' }).click();
    await host.getByRole('textbox', { name: 'Rediger innspill' }).fill('Mindre rapportering, mer tid til barna');
    await host.getByRole('textbox', { name: 'Rediger innspill' }).press('Enter');
    expect(
      await waitFor(
        () => item.innerText(),
        (t) => t.includes('mer tid til barna'),
      ),
    ).toContain('mer tid til barna');
    await item.getByRole('button', { name: 'Slett innspill' }).click();
    expect(
      await waitFor(
        () => count(host, 'note-item'),
        (n) => n === 0,
      ),
    ).toBe(0);
    await host.getByRole('button', { name: 'Angre' }).click();
    expect(
      await waitFor(
        () => count(host, 'note-item'),
        (n) => n === 1,
      ),
    ).toBe(1);
    expect(
      await waitFor(
        () => outbox(host),
        (t) => t === '0',
      ),
    ).toBe('0');

    // What the server sent the other tablet, not what its page chose to show: no event of this note, by id or text.
    const fac = await facilitatorSocket(h.base, w.facilitatorToken);
    try {
      await readPastMarker(fac, other);
    } finally {
      fac.close();
    }
    const noteId = await noteIdOf('Mindre rapportering');
    const received = other.frames.join('\n');
    expect(received).not.toContain(noteId);
    expect(received).not.toContain('Mindre rapportering');
    expect(await count(other.page, 'note-item')).toBe(0);
  });

  it('shows the recap card for the incoming group at a rotation, with the summary and the starred note', async () => {
    const host = await h.openPage(must(w.links.hosts[1]).url, TABLET);
    const summary = tid(host, 'round-summary');
    await summary.fill('Gruppa var opptatt av tid og tillit.');
    await summary.blur();
    expect(
      await waitFor(
        () => textOf(host, 'outbox-count'),
        (t) => t === '0',
      ),
    ).toBe('0');
    await pressClock(facilitator, 'clock-next'); // round 1 → rotation
    const recap = tid(host, 'recap-card');
    expect(await waitFor(() => recap.isVisible().catch(() => false), Boolean)).toBe(true);
    const text = await recap.innerText();
    expect(text).toContain('Gruppa var opptatt av tid og tillit.');
    expect(text).toContain('Mindre rapportering, mer tid til barna');
    await expectNoAxeViolations(host, 'host tablet at a rotation');
  });

  it('the host guide opens from one button and is axe clean', async () => {
    const host = await h.openPage(must(w.links.hosts[3]).url, TABLET);
    await host.getByRole('button', { name: 'Veiledning' }).click();
    const dialog = host.getByRole('dialog');
    expect(await dialog.innerText()).toContain('Følg energien');
    await expectNoAxeViolations(host, 'host guide');
    await host.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
  });
});
