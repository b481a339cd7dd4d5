// Templates: save a workshop's agenda, questions and settings under a name, and start a new workshop from it.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { KEY, asParticipant, asRole, createWorkshop, join, roleTokens, sendRaw, useApp } from '../harness.js';
import { match } from '../../fixtures/match.js';

const h = useApp();

const saveTemplate = (token: string | null, body: unknown) =>
  fetch(`${h.url}/api/templates`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
const definitionOf = async (id: string, token: string) => {
  const res = await fetch(`${h.url}/api/workshops/${id}/export?format=json`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await res.json()) as { definition: Record<string, unknown> }).definition;
};

describe('templates', () => {
  it("takes this workshop's measured results as the next workshop's indicator baselines", async () => {
    const source = await createWorkshop(h.url, { title: 'Måling 1' });
    const fac = await join(h.url, asRole(source.facilitatorToken));
    expect((await fac.send('evaluation:open')).ok).toBe(true);
    for (const heard of [4, 5, 4]) {
      const phone = await join(h.url, asParticipant(source.joinCode));
      expect((await phone.send('evaluation:answer', { answers: { heard } })).ok).toBe(true);
      phone.close();
    }
    fac.close();
    const saved = await saveTemplate(source.facilitatorToken, { workshopId: source.id, name: 'Måling (mal)' });
    const template = (await saved.json()) as { id: string };
    const next = await createWorkshop(h.url, { title: 'Måling 2', templateId: template.id });
    const def = await definitionOf(next.id, next.facilitatorToken);
    const items = (def.settings as { evaluation: { id: string; indicator?: string; baseline?: number }[] }).evaluation;
    // 4, 5 and 4 average 4.33: the baseline keeps one decimal. Nobody rated usefulness, so it has no baseline yet.
    expect(items.find((i) => i.id === 'heard')).toMatchObject({ indicator: 'Hørt ved bordet', baseline: 4.3 });
    expect(items.find((i) => i.id === 'useful')).not.toHaveProperty('baseline');
  });

  it('the facilitator saves a workshop as a template; the organiser lists it and starts a new workshop from it', async () => {
    const questions = ['Hva fungerer godt i dag?', 'Hva bør vi slutte med?'];
    const source = await createWorkshop(h.url, {
      title: 'Ledersamling vår',
      tables: 6,
      questions,
      language: 'nn',
      settings: { dotsPerParticipant: 5 },
    });
    const saved = await saveTemplate(source.facilitatorToken, { workshopId: source.id, name: 'Ledersamling (mal)' });
    expect(saved.status).toBe(201);
    const template = (await saved.json()) as { id: string; name: string; tables: number; questions: string[] };
    expect(template).toMatchObject({ name: 'Ledersamling (mal)', tables: 6, questions });

    const list = await fetch(`${h.url}/api/templates`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { templates: { id: string }[] }).templates.map((t) => t.id)).toContain(template.id);

    const fresh = await createWorkshop(h.url, {
      title: 'Ledersamling høst',
      templateId: template.id,
      date: '2026-10-01',
    });
    const def = await definitionOf(fresh.id, fresh.facilitatorToken);
    const original = await definitionOf(source.id, source.facilitatorToken);
    expect(def).toEqual({ ...original, title: 'Ledersamling høst', date: '2026-10-01' });
    expect(fresh.links.hosts).toHaveLength(6);
  });

  it("a template keeps what the facilitator changed after creation (the agenda editor's workshop:update)", async () => {
    const source = await createWorkshop(h.url, { title: 'Endres underveis' });
    const fac = await join(h.url, asRole(source.facilitatorToken));
    const before = await definitionOf(source.id, source.facilitatorToken);
    // The definition comes back from the export untyped: sent as it is, for the server to parse.
    const ack = await sendRaw(fac.socket, 'workshop:update', {
      opId: randomUUID(),
      definition: { ...before, hostGuidance: ['Lytt mer enn du snakker.'] },
    });
    fac.close();
    expect(ack.ok).toBe(true);
    const saved = (await (
      await saveTemplate(source.facilitatorToken, { workshopId: source.id, name: 'Med ny veiledning' })
    ).json()) as { id: string };
    const fresh = await createWorkshop(h.url, { title: 'Neste gang', templateId: saved.id });
    expect((await definitionOf(fresh.id, fresh.facilitatorToken)).hostGuidance).toEqual(['Lytt mer enn du snakker.']);
  });

  it("refuses: no token 401, a host token or another workshop's facilitator 403, a missing name 400, an unknown template 400", async () => {
    const w = await createWorkshop(h.url, { title: 'Vern' });
    const other = await createWorkshop(h.url, { title: 'Annet' });
    expect((await saveTemplate(null, { workshopId: w.id, name: 'x' })).status).toBe(401);
    expect((await saveTemplate(roleTokens(w).host(1), { workshopId: w.id, name: 'x' })).status).toBe(403);
    expect((await saveTemplate(other.facilitatorToken, { workshopId: w.id, name: 'x' })).status).toBe(403);
    expect((await saveTemplate(w.facilitatorToken, { workshopId: w.id, name: '  ' })).status).toBe(400);
    expect((await fetch(`${h.url}/api/templates`)).status).toBe(401);
    const res = await fetch(`${h.url}/api/workshops`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'X', templateId: 'nope' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { message: match.stringContaining('no template') } });
  });
});
