// The projector's overview of every question after the rounds, as a nynorsk review found it: question 2 had two notes
// but no themes and showed "Ingen tema for dette spørsmålet enno.", question 3 had none and said the same. Now a
// question without themes shows its notes ("Innspill:"), and one with nothing says "Ingen innspill registrert." once
// its round is over, without "ennå". (The test pages speak bokmål: Harness.openPage sets ?lang=nb.)
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, Harness, waitFor, type CreatedWorkshop } from '../harness.js';
import { must } from '../../fixtures/must.js';
import { roleSocket, type RoleSocket } from './roleSocket.js';

let h: Harness;
let w: CreatedWorkshop;
let fac: RoleSocket;
let host: RoleSocket;
let screen: Page;

beforeAll(async () => {
  h = await Harness.start();
  w = await h.createWorkshop({ title: 'Kafédialog om tenestetilbodet i Vestby kommune', language: 'nn' });
  fac = await roleSocket(h.base, { token: w.facilitatorToken });
  host = await roleSocket(h.base, { token: new URL(must(w.links.hosts[0]).url).hash.slice(1) });
  screen = await h.openPage(w.links.screen, { viewport: { width: 1920, height: 1080 } });
});
afterAll(async () => {
  fac.close();
  host.close();
  await h.close();
});

const columns = (): Promise<string[]> =>
  screen.locator('[data-testid="overview-question"]').evaluateAll((els) => els.map((el) => el.textContent));

describe('the overview on the projector', () => {
  it('shows the notes of a question without themes, and "Ingen innspill registrert." for one without notes', async () => {
    await fac.send('clock:start');
    await fac.send('clock:jump', { segmentId: 'round-2' });
    for (const text of ['Foreldre må møtast med tillit, ikkje mistanke', 'For mange overgangar mellom tenester'])
      await host.send('note:add', { noteId: randomUUID(), text });
    await fac.send('clock:jump', { segmentId: 'plenary' });
    await fac.send('wrapup:show', { questionId: null, part: 'overview' });
    const [q1, q2, q3] = await waitFor(columns, (cs) => cs.length === 3 && (cs[1] ?? '').includes('Innspill:'), 15_000);
    expect(q2).toContain('Foreldre må møtast med tillit, ikkje mistanke');
    expect(q2).toContain('For mange overgangar mellom tenester');
    expect(q2).toContain('Bord 1');
    for (const column of [q1, q3]) {
      expect(column).toContain('Ingen innspill registrert.');
      expect(column).not.toContain('ennå');
    }
    await expectNoAxeViolations(screen, 'projector, overview with a question without themes');
  });
});
