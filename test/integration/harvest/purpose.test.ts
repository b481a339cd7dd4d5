// The report's purpose over HTTP: a workshop the organiser creates without one says "ikkje fylt ut" on page 1 (the
// template's Region øst example stays out); the starter workshop of `npm start` keeps it, filed as its own frame.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KAFEDIALOG_TEMPLATE } from '@kafe/shared/template';
import { createStarterWorkshop } from '../../../server/src/workshops/starter.js';
import { createWorkshop, startApp, type Harness } from '../harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startApp();
});
afterAll(async () => {
  await h.close();
});

async function markdown(id: string, token: string): Promise<string> {
  const res = await fetch(`${h.url}/api/workshops/${id}/export?format=md`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return res.text();
}

describe("the report's purpose", () => {
  it('is not filled in for a workshop created without one: the template example is not carried over', async () => {
    const w = await createWorkshop(h.url, { title: 'Kafédialog om tenestetilbodet i Vestby kommune', language: 'nn' });
    const md = await markdown(w.id, w.facilitatorToken);
    expect(md).toContain('### Formål\n\n_Ikkje fylt ut._');
    expect(md).not.toContain('langtidsplan');
  });

  it("is the template's own for the starter workshop, filed as its frame", async () => {
    const w = await createStarterWorkshop(h.app.ctx);
    const md = await markdown(w.id, w.facilitatorToken);
    expect(md).toContain(`### Formål\n\n${KAFEDIALOG_TEMPLATE.purpose}`);
  });
});
