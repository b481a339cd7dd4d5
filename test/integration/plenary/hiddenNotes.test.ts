// What the facilitator hides from the projector never reaches it: not as an event, not in a theme's notes or words,
// and not for a screen that connects after the hide.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import { asRole, createWorkshop, roleTokens, useApp, WAIT_MS } from '../harness.js';
import { joinWithThemes } from './themesClient.js';

const h = useApp();
const { opened } = h;

const SECRET = 'xylofonprosjektet';
const SECRET_NOTES = [`Stans ${SECRET} nå`, `${SECRET} koster altfor mye`, `Ingen tror på ${SECRET}`];
const OTHER_NOTES = [
  'Mindre rapportering gir mer tid til barna',
  'Vi bruker for mye tid på rapportering',
  'Rapportering tar tid fra barna',
];

describe('hidden notes', () => {
  it("leave the live screen's themes at once, and a screen connecting later gets neither their text nor the notes", async () => {
    const w = await createWorkshop(h.url);
    const t = roleTokens(w);
    const facilitator = await joinWithThemes(h.url, asRole(t.facilitator));
    const screen = await joinWithThemes(h.url, asRole(t.screen));
    const host = await joinWithThemes(h.url, asRole(t.host(4)));
    opened.push(facilitator, screen, host);

    const secretIds: string[] = [];
    for (const text of SECRET_NOTES) {
      const noteId = randomUUID();
      secretIds.push(noteId);
      expect(await host.send('note:add', { noteId, text })).toMatchObject({ ok: true });
    }
    for (const text of OTHER_NOTES)
      expect(await host.send('note:add', { noteId: randomUUID(), text })).toMatchObject({ ok: true });
    await screen.waitForThemes((m) => JSON.stringify(m).includes(SECRET), WAIT_MS, 'the secret theme before the hide');

    for (const noteId of secretIds)
      expect(await facilitator.send('note:hide', { noteId, hidden: true })).toMatchObject({ ok: true });
    const after = await screen.waitForThemes(
      (m) => m === screen.latest('q1') && m.themes.length > 0 && !JSON.stringify(m).includes(SECRET),
      WAIT_MS,
      'themes without the hidden notes',
    );
    expect(after.themes.flatMap((x) => x.noteIds).some((id) => secretIds.includes(id))).toBe(false);

    const late = await joinWithThemes(h.url, asRole(t.screen));
    opened.push(late);
    await late.waitForThemes((m) => m.questionId === 'q3', WAIT_MS);
    const everything = JSON.stringify({ welcome: await late.welcome, themes: late.themes });
    expect(everything.toLowerCase()).not.toContain(SECRET);
    const state = applyAll(emptyState(), (await late.welcome).events);
    for (const id of secretIds) expect(state.notes[id]).toBeUndefined();
    expect(
      late.themes.flatMap((m) => m.themes.flatMap((x) => [...x.noteIds, x.key])).some((id) => secretIds.includes(id)),
    ).toBe(false);
    // The facilitator still has them: they stay in the record.
    expect(JSON.stringify(facilitator.events)).toContain(SECRET);
  });

  it('a note shown again comes back to the screen whole', async () => {
    const w = await createWorkshop(h.url);
    const t = roleTokens(w);
    const facilitator = await joinWithThemes(h.url, asRole(t.facilitator));
    const host = await joinWithThemes(h.url, asRole(t.host(2)));
    opened.push(facilitator, host);
    const noteId = randomUUID();
    await host.send('note:add', { noteId, text: `Om ${SECRET}` });
    await facilitator.send('note:hide', { noteId, hidden: true });
    const screen = await joinWithThemes(h.url, asRole(t.screen));
    opened.push(screen);
    expect(JSON.stringify(await screen.welcome)).not.toContain(SECRET);
    await facilitator.send('note:hide', { noteId, hidden: false });
    const revealed = await screen.waitFor((e) => e.event.type === 'note.revealed', 'the note revealed');
    expect(JSON.stringify(revealed)).toContain(SECRET);
  });
});
