// Wrong keys and tokens over HTTP are answered only after a pause (server/src/http/failurePause.ts); right ones at once.
// The pause is injected and held by the test, so what is observed is order, not wall-clock time.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CreatedWorkshop } from '../../server/src/context.js';
import { FAILURE_PAUSE_MS } from '../../server/src/http/failurePause.js';
import { KEY, createWorkshop, useApp } from './harness.js';
import { must } from '../fixtures/must.js';

interface Held {
  ms: number;
  release: () => void;
}
const held: Held[] = [];
const holdingPause = (ms: number): Promise<void> => new Promise((release) => held.push({ ms, release }));

const h = useApp({ pause: holdingPause });
let w: CreatedWorkshop;

beforeAll(async () => {
  w = await createWorkshop(h.url);
});
// Registered after useApp's, so it runs first: nothing may still hold a request when the app closes.
afterAll(() => held.forEach((x) => x.release()));

/** Starts a request and notes when its answer arrives, without waiting for it. */
function start(path: string, token: string | null, init: RequestInit = {}) {
  let answered = false;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  const response = fetch(`${h.url}${path}`, { ...init, headers }).then((res) => {
    answered = true;
    return res;
  });
  return { response, answered: () => answered };
}

/** The next pause a request asked for, once it has. */
async function nextPause(count: number): Promise<Held> {
  await vi.waitFor(() => expect(held.length).toBe(count), { timeout: 5000 });
  return must(held[count - 1]);
}

describe('a wrong organiser key', () => {
  it('is answered 403 only after a pause of a second, while the right key works meanwhile', async () => {
    const wrong = start('/api/workshops', 'not-the-organiser-key', {
      method: 'POST',
      body: JSON.stringify({ title: 'X' }),
    });
    const pause = await nextPause(1);
    expect(pause.ms).toBe(FAILURE_PAUSE_MS.organiserKey);
    expect(FAILURE_PAUSE_MS.organiserKey).toBeGreaterThanOrEqual(1000);

    const right = await fetch(`${h.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ title: 'Y' }),
    });
    expect(right.status).toBe(201);
    expect(wrong.answered()).toBe(false);

    pause.release();
    expect((await wrong.response).status).toBe(403);
  });

  it('pauses on the import and the template list too, and not when no key is sent at all', async () => {
    const imported = start('/api/workshops/import', 'wrong-wrong-wrong', { method: 'POST', body: '{}' });
    const first = await nextPause(2);
    const listed = start('/api/templates', 'wrong-wrong-wrong');
    const second = await nextPause(3);
    expect([first.ms, second.ms]).toEqual([FAILURE_PAUSE_MS.organiserKey, FAILURE_PAUSE_MS.organiserKey]);
    expect([imported.answered(), listed.answered()]).toEqual([false, false]);
    first.release();
    second.release();
    expect([(await imported.response).status, (await listed.response).status]).toEqual([403, 403]);

    expect((await fetch(`${h.url}/api/templates`)).status).toBe(401);
    expect(held).toHaveLength(3);
  });
});

describe('a wrong facilitator token', () => {
  it('is answered 403 after a pause, while the right token works meanwhile', async () => {
    const wrong = start(`/api/workshops/${w.id}/export?format=json`, 'not-a-token-of-anyone');
    const pause = await nextPause(4);
    expect(pause.ms).toBe(FAILURE_PAUSE_MS.token);

    const right = await fetch(`${h.url}/api/workshops/${w.id}/export?format=json`, {
      headers: { authorization: `Bearer ${w.facilitatorToken}` },
    });
    expect(right.status).toBe(200);
    expect(wrong.answered()).toBe(false);

    pause.release();
    expect((await wrong.response).status).toBe(403);
  });
});
