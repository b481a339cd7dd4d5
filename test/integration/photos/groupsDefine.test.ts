// The organiser's participant groups over the real server: POST /api/workshops takes them (or refuses a duplicate
// name or a NUL with a message saying so), a phone can choose only those, and workshop:update may change them until
// the clock starts, then refuses.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { WorkshopDefinition } from '@kafe/shared/agenda';
import { KEY, asParticipant, asRole, createWorkshop, join, roleTokens, useApp } from '../harness.js';

const h = useApp();

const group = (key: string, name: string) => ({ key, labels: { nb: name, nn: name, en: name } });
const OWN = [group('fag', 'Fagperson'), group('pol', 'Politiker')];

const post = (body: unknown) =>
  fetch(`${h.url}/api/workshops`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function definitionOf(id: string): Promise<WorkshopDefinition> {
  const def = (await h.app.ctx.registry.get(id))?.state.definition;
  if (!def) throw new Error(`workshop ${id} has no definition`);
  return def;
}

describe("the organiser's participant groups", () => {
  it('a workshop made with its own groups offers those to phones, and only those', async () => {
    const w = await createWorkshop(h.url, { title: 'Egne grupper', participantGroups: OWN });
    const phone = await join(h.url, asParticipant(w.joinCode, randomUUID()));
    h.opened.push(phone);
    expect((await definitionOf(w.id)).participantGroups).toEqual(OWN);
    expect(await phone.send('participant:group', { group: 'pol' })).toMatchObject({ ok: true });
    expect(await phone.send('participant:group', { group: 'ansatt' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
  });

  it('a duplicate name or a NUL character is refused with a message saying so; nothing is made', async () => {
    const twice = await post({ title: 'To like', participantGroups: [group('a', 'Leder'), group('b', 'leder')] });
    expect(twice.status).toBe(400);
    expect(await twice.text()).toContain('two groups are called \\"leder\\"');
    const nul = await post({ title: 'NUL', participantGroups: [group('a', 'Le\u0000der')] });
    expect(nul.status).toBe(400);
    expect(await nul.text()).toContain('cannot be stored');
  });

  it('the facilitator may change them before the start, not after', async () => {
    const w = await createWorkshop(h.url, { title: 'Låses ved start' });
    const fac = await join(h.url, asRole(roleTokens(w).facilitator));
    h.opened.push(fac);
    const def = await definitionOf(w.id);
    expect(await fac.send('workshop:update', { definition: { ...def, participantGroups: OWN } })).toMatchObject({
      ok: true,
    });
    expect(await fac.send('clock:start')).toMatchObject({ ok: true });
    const late = await fac.send('workshop:update', { definition: { ...def, participantGroups: [] } });
    expect(late).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const retitled = await fac.send('workshop:update', {
      definition: { ...def, participantGroups: OWN, title: 'Ny tittel' },
    });
    expect(retitled).toMatchObject({ ok: true });
    const state = (await h.app.ctx.registry.get(w.id))?.state;
    expect(state?.definition?.participantGroups).toEqual(OWN);
  });
});
