// Live themes over the socket: notes from the tables become themes on the screen within moments, recomputed after a
// short pause (never per note), sent to the facilitator and screens only, and cached for screens that connect later.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { asParticipant, asRole, createWorkshop, roleTokens, type Client, useApp, WAIT_MS } from '../harness.js';
import { readPastMarker } from '../marker.js';
import { joinWithThemes } from './themesClient.js';
import { must } from '../../fixtures/must.js';

const h = useApp();
const { opened } = h;

const NOTES_BY_TABLE = [
  [
    'Mindre rapportering gir mer tid til barna',
    'Rapporteringskrav stjeler tid fra barn og familier',
    'Vi bruker for mye tid på rapportering',
  ],
  [
    'Tillitsbasert ledelse gir ansatte mer ansvar',
    'Ledere må vise tillit til ansatte',
    'Ledelse bygd på tillit og ansvar',
  ],
  ['Færre rapporter og mer tid med familiene', 'Tillit til ansatte i førstelinjen', 'Rapportering tar tid fra barna'],
];

async function room() {
  const w = await createWorkshop(h.url);
  const t = roleTokens(w);
  const [facilitator, screen] = await Promise.all([
    joinWithThemes(h.url, asRole(t.facilitator)),
    joinWithThemes(h.url, asRole(t.screen)),
  ]);
  const hosts = await Promise.all([1, 2, 3].map((table) => joinWithThemes(h.url, asRole(t.host(table)))));
  opened.push(facilitator, screen, ...hosts);
  return { w, t, facilitator, screen, hosts };
}

const addNote = async (host: Client, text: string): Promise<string> => {
  const noteId = randomUUID();
  const ack = await host.send('note:add', { noteId, text });
  expect(ack, text).toMatchObject({ ok: true });
  return noteId;
};

describe('live themes', () => {
  it('notes from three tables produce themes on the screen and on the facilitator console', async () => {
    const { screen, facilitator, hosts } = await room();
    const ids = (
      await Promise.all(
        hosts.map(async (host, i) => {
          const out: string[] = [];
          for (const text of NOTES_BY_TABLE[i] ?? []) out.push(await addNote(host, text));
          return out;
        }),
      )
    ).flat();
    const covers = (m: { questionId: string; themes: { noteIds: string[] }[] }): boolean =>
      m.questionId === 'q1' &&
      m.themes.length >= 2 &&
      new Set(m.themes.flatMap((t) => t.noteIds)).size >= 6 &&
      m.themes.every((t) => t.noteIds.every((id) => ids.includes(id)));
    const onScreen = await screen.waitForThemes(covers, WAIT_MS, 'two themes of the nine notes on the screen');
    expect(onScreen.themes.map((t) => t.label).join(' / ')).toMatch(/rapport/i);
    await facilitator.waitForThemes(covers, WAIT_MS, 'the same themes on the console');
  });

  it('hosts and phones never receive themes', async () => {
    const { w, facilitator, hosts, screen } = await room();
    const phone = await joinWithThemes(h.url, asParticipant(w.joinCode));
    opened.push(phone);
    for (const text of NOTES_BY_TABLE[0] ?? []) await addNote(must(hosts[0]), text);
    await screen.waitForThemes((m) => m.themes.length > 0, WAIT_MS);
    // Themes the server sent them with the screen's would have reached them before this later marker.
    await readPastMarker(facilitator, ...hosts, phone);
    expect(hosts.flatMap((c) => c.themes)).toEqual([]);
    expect(phone.themes).toEqual([]);
  });

  it('a burst of notes is recomputed once or twice, not once per note', async () => {
    const { screen, hosts } = await room();
    const before = screen.themes.length;
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => addNote(must(hosts[i % 3]), `${must(NOTES_BY_TABLE[i % 3])[i % 3]} (${i})`)),
    );
    await screen.waitForThemes((m) => m.themes.flatMap((t) => t.noteIds).length >= 8, 3_000);
    await new Promise((r) => setTimeout(r, 600));
    expect(screen.themes.length - before).toBeLessThanOrEqual(3);
  });

  it('a steady stream of notes still updates the themes while it goes on', async () => {
    const { screen, hosts } = await room();
    const texts = NOTES_BY_TABLE.flat();
    const started = screen.themes.length;
    // One note every 150 ms for 3.6 s: a pure debounce would wait until the stream stops.
    for (let i = 0; i < 24; i++) {
      await addNote(must(hosts[i % 3]), `${texts[i % texts.length]} ${i}`);
      await new Promise((r) => setTimeout(r, 150));
    }
    expect(screen.themes.length - started, 'themes messages while the stream went on').toBeGreaterThanOrEqual(2);
  });

  it('a facilitator or screen that connects later gets the cached themes of every question', async () => {
    const { t, hosts, screen } = await room();
    for (const text of NOTES_BY_TABLE[1] ?? []) await addNote(must(hosts[1]), text);
    const live = await screen.waitForThemes((m) => m.questionId === 'q1' && m.themes.length > 0, WAIT_MS);
    const late = await joinWithThemes(h.url, asRole(t.screen));
    opened.push(late);
    await late.waitForThemes((m) => m.questionId === 'q3', WAIT_MS);
    expect(late.themes.map((m) => m.questionId)).toEqual(['q1', 'q2', 'q3']);
    expect(late.latest('q1')).toEqual(live);
  });
});
