// Themes are computed on a worker thread, not on the event loop: a screen that connects to a workshop with 4 000
// notes (no themes cached yet) gets its time:sync ping answered before the themes of the big questions arrive.
// Computed inline, right after the welcome, they would be sent before the server could even read the ping.
import { describe, expect, it } from 'vitest';
import { bigWorkshop } from '../../bench/export.js';
import { KEY, WAIT_MS, asRole, tokenOf, useApp } from '../harness.js';
import { joinWithThemes } from './themesClient.js';

const h = useApp();

async function importBig(notes: number): Promise<{ links: { screen: string } }> {
  const events = bigWorkshop(notes);
  const definition = events[0]?.event.type === 'workshop.created' ? events[0].event.definition : null;
  const res = await fetch(`${h.url}/api/workshops/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ schema: 'kafedialog/workshop', version: 1, definition, events }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { links: { screen: string } };
}

describe('themes off the event loop', () => {
  it('a ping right after the welcome is answered before the themes of 4 000 notes are computed', async () => {
    const w = await importBig(4000);
    const screen = await joinWithThemes(h.url, asRole(tokenOf(w.links.screen)));
    h.opened.push(screen);
    const order: string[] = [];
    const firstThemes = screen.waitForThemes(() => true, WAIT_MS).then(() => order.push('themes'));
    await screen.socket.timeout(WAIT_MS).emitWithAck('time:sync', Date.now());
    order.push('ping answered');
    await firstThemes;
    expect(order).toEqual(['ping answered', 'themes']);
    // And they do arrive, for every question, computed from the notes.
    await screen.waitForThemes((m) => m.questionId === 'q3', WAIT_MS);
    expect(screen.themes.map((m) => m.questionId)).toEqual(['q1', 'q2', 'q3']);
    expect(screen.themes.every((m) => m.themes.length > 0)).toBe(true);
  });
});
