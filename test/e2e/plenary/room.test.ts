// The room at real sizes: ten tables writing at once and the projector shows every one of them, at 1920×1080 and
// 1280×720, with the join code for latecomers; the facilitator's console in the plenary holds the wrap-up walker,
// voting and evaluation beside the clock without scrolling at 1440×900, and its miniature follows the projector; the
// wrap-up's votes say how many voted and each share, the overview shows every question, the end shows no 0:00.
// One server, one workshop and one set of pages for the whole file: each step moves the same workshop on.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  Harness,
  sleep,
  textOf,
  tid,
  waitFor,
  withLang,
  type CreatedWorkshop,
} from '../harness.js';
import { must } from '../../fixtures/must.js';
import { NOTES, perTable } from '../../screenshots/notes.js';
import { roleSocket, type RoleSocket } from './roleSocket.js';

const PROJECTOR = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];
const LAPTOP = { width: 1440, height: 900 };
const TABLES = 10;

let h: Harness;
let w: CreatedWorkshop;
let fac: RoleSocket;
let hosts: RoleSocket[];
let voters: RoleSocket[];
let screen: Page;
let consolePage: Page;

beforeAll(async () => {
  h = await Harness.start();
  w = await h.createWorkshop({ title: 'E2E: rommet' });
  const token = (url: string): string => new URL(url).hash.slice(1);
  fac = await roleSocket(h.base, { token: w.facilitatorToken });
  hosts = await Promise.all(w.links.hosts.map((l) => roleSocket(h.base, { token: token(l.url) })));
  voters = await Promise.all(Array.from({ length: 6 }, () => roleSocket(h.base, { joinCode: w.joinCode })));
  screen = await h.openPage(w.links.screen, { viewport: must(PROJECTOR[0]) });
});
afterAll(async () => {
  for (const s of [fac, ...hosts, ...voters]) s.close();
  await h.close();
});

/** Where each table's tile is, and how many of its notes show whole (not faded out for lack of room). */
async function tiles(
  page: Page,
): Promise<{ table: string; top: number; bottom: number; left: number; right: number; shown: number }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid="wall-tile"]')).map((tile) => {
      const r = tile.getBoundingClientRect();
      const shown = Array.from(tile.querySelectorAll('[data-testid="wall-note"]')).filter(
        (n) => !n.classList.contains('is-clipped'),
      ).length;
      return { table: tile.dataset.table ?? '', top: r.top, bottom: r.bottom, left: r.left, right: r.right, shown };
    }),
  );
}

async function noScrolling(page: Page): Promise<{ scroll: number; view: number }> {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollHeight, view: window.innerHeight }));
}

const step = async (page: Page | Frame): Promise<string> => {
  const el = page.locator('[data-testid="wrapup"]').first();
  if ((await el.count()) === 0) return '';
  return `${await el.getAttribute('data-question')}/${await el.getAttribute('data-part')}`;
};

describe('the room', () => {
  it('ten tables write at once: every table is on the projector at 1920×1080 and 1280×720, with the join code', async () => {
    await fac.send('clock:start');
    await fac.send('clock:next');
    await Promise.all(
      hosts.map(async (host, i) => {
        for (let k = 0; k < perTable(i + 1); k++)
          await host.send('note:add', { noteId: randomUUID(), text: must(NOTES.q1[(i * 3 + k) % NOTES.q1.length]) });
      }),
    );
    const all = Array.from({ length: TABLES }, (_, i) => String(i + 1));
    for (const size of PROJECTOR) {
      await screen.setViewportSize(size);
      const seen = await waitFor(
        () => tiles(screen),
        (ts) => ts.length === TABLES && ts.every((t) => t.shown > 0),
        15_000,
      );
      const label = `${size.width}×${size.height}`;
      expect(
        seen.map((t) => t.table).sort((a, b) => Number(a) - Number(b)),
        label,
      ).toEqual(all);
      for (const t of seen) {
        expect(t.shown, `table ${t.table} shows a note at ${label}`).toBeGreaterThan(0);
        expect(t.bottom, `table ${t.table} inside the screen at ${label}`).toBeLessThanOrEqual(size.height);
        expect(t.right, `table ${t.table} inside the screen at ${label}`).toBeLessThanOrEqual(size.width);
        expect(t.top).toBeGreaterThanOrEqual(0);
      }
      const { scroll, view } = await noScrolling(screen);
      expect(scroll, label).toBeLessThanOrEqual(view);
      // Latecomers: the code and a QR code stay on screen during the round.
      expect((await textOf(screen, 'join-code')).replace(/\s/g, '')).toBe(w.joinCode);
      expect(await tid(screen, 'join-qr').first().isVisible()).toBe(true);
      await expectNoAxeViolations(screen, `projector, ten tables, ${label}`);
    }
  });

  it('with mixing on, the rotation tells people to look at their phone', async () => {
    await fac.send('settings:set', { settings: { mixing: true } });
    await fac.send('tables:assign');
    await fac.send('clock:next');
    expect(
      await waitFor(
        () => textOf(screen, 'rotation-help', 2_000).catch(() => ''),
        (t) => t !== '',
        10_000,
      ),
    ).toBe('Se mobilen: der står bordet ditt');
    await fac.send('settings:set', { settings: { mixing: false } });
  });

  it('in the plenary the console holds walker, voting and evaluation beside the clock at 1440×900, no scrolling', async () => {
    // rotation → round 2 → break → rotation → round 3 → plenary
    for (let i = 0; i < 5; i++) await fac.send('clock:next');
    consolePage = await h.openPage(w.links.facilitator, { viewport: LAPTOP });
    await waitFor(
      () => textOf(consolePage, 'segment-title', 2_000).catch(() => ''),
      (t) => /plenum/i.test(t),
      10_000,
    );
    expect(await tid(consolePage, 'console-tab-plenary').getAttribute('aria-selected')).toBe('true');
    await sleep(500);
    const visible = [
      'clock-next',
      'clock-pause',
      'clock-prev',
      'clock-plus-1',
      'clock-minus-1',
      'segment-title',
      'clock-remaining',
      'connection-status',
      'wrapup-next',
      'projector-preview',
    ];
    for (const id of visible) {
      const box = await tid(consolePage, id).first().boundingBox();
      expect(box, id).not.toBeNull();
      expect(must(box).y + must(box).height, `${id} in view`).toBeLessThanOrEqual(LAPTOP.height);
    }
    for (const section of ['walker-h', 'voting-h', 'evaluation-h']) {
      const box = await consolePage.locator(`section[aria-labelledby="${section}"]`).boundingBox();
      expect(must(box).y + must(box).height, `${section} in view`).toBeLessThanOrEqual(LAPTOP.height);
    }
    const { scroll, view } = await noScrolling(consolePage);
    expect(scroll, 'the console in the plenary fits the laptop screen').toBeLessThanOrEqual(view);
    await expectNoAxeViolations(consolePage, 'console in the plenary');

    // The walker moves the projector, and the console's miniature shows the same step.
    await tid(consolePage, 'wrapup-next').click();
    expect(
      await waitFor(
        () => step(screen),
        (s) => s === 'q1/themes',
        10_000,
      ),
    ).toBe('q1/themes');
    const mini = must(consolePage.frame({ url: /\/screen\?preview/ }));
    expect(
      await waitFor(
        () => step(mini),
        (s) => s === 'q1/themes',
        10_000,
      ),
    ).toBe('q1/themes');
  });

  it('the wrap-up is readable from the back: notes at 32 px or more at 1080p, the countdown small', async () => {
    await screen.setViewportSize(must(PROJECTOR[0]));
    await waitFor(
      () => screen.locator('.wrapup-theme-notes li').count(),
      (n) => n > 0,
      10_000,
    );
    const sizes = await screen.evaluate(() => ({
      note: parseFloat(getComputedStyle(document.querySelector('.wrapup-theme-notes li') ?? document.body).fontSize),
      clock: parseFloat(
        getComputedStyle(document.querySelector('[data-testid="clock-remaining"]') ?? document.body).fontSize,
      ),
      question: parseFloat(getComputedStyle(document.querySelector('.screen-live-question') ?? document.body).fontSize),
    }));
    expect(sizes.note).toBeGreaterThanOrEqual(32);
    expect(sizes.clock, 'the countdown is smaller than the question').toBeLessThan(sizes.question);
  });

  it('votes: the projector calls to vote with the QR code, then shows how many voted and each share', async () => {
    const options = [
      { key: 'tid', label: 'Mer tid til barna' },
      { key: 'tillit', label: 'Tillit nedenfra' },
    ];
    await fac.send('vote:open', { questionId: 'q1', options });
    await fac.send('wrapup:show', { questionId: 'q1', part: 'votes' });
    const corner = screen.locator('.join-corner');
    expect(
      await waitFor(
        () => corner.innerText().catch(() => ''),
        (t) => /Stem på mobilen nå!/.test(t),
        10_000,
      ),
    ).toMatch(/Stem på mobilen nå![\s\S]*[A-Z0-9]{6}/);
    expect(await corner.locator('[data-testid="join-qr"]').isVisible()).toBe(true);
    // Three give their 3 dots to "tid", one gives 1 to "tid" and 2 to "tillit": 10 dots and 2, 83 % and 17 %.
    await Promise.all(voters.slice(0, 3).map((v) => v.send('vote:cast', { questionId: 'q1', dots: { tid: 3 } })));
    await must(voters[3]).send('vote:cast', { questionId: 'q1', dots: { tid: 1, tillit: 2 } });
    await fac.send('vote:reveal', { questionId: 'q1' });
    expect(
      await waitFor(
        () => textOf(screen, 'vote-voters', 2_000).catch(() => ''),
        (t) => t !== '',
        10_000,
      ),
    ).toBe('4 har stemt');
    const results = await textOf(screen, 'vote-results');
    expect(results).toMatch(/Mer tid til barna[\s\S]*83 %[\s\S]*Tillit nedenfra[\s\S]*17 %/);
    for (const size of PROJECTOR) {
      await screen.setViewportSize(size);
      await sleep(300);
      await expectNoAxeViolations(screen, `projector, vote results, ${size.width}×${size.height}`);
    }
  });

  it('the overview shows every question at once; the end says thanks without a 0:00', async () => {
    await fac.send('wrapup:show', { questionId: null, part: 'overview' });
    expect(
      await waitFor(
        () => screen.locator('[data-testid="overview-question"]').count(),
        (n) => n === 3,
        10_000,
      ),
    ).toBe(3);
    await expectNoAxeViolations(screen, 'projector, overview');
    await fac.send('clock:next');
    await waitFor(
      () => screen.locator('.screen-finished').count(),
      (n) => n === 1,
      10_000,
    );
    expect(await screen.locator('body').innerText()).toContain('Takk for i dag!');
    expect(await screen.locator('body').innerText()).not.toMatch(/0:00/);
    expect(await tid(screen, 'clock-remaining').count(), 'the hook stays on the page').toBe(1);
    // The console follows the workshop to its report.
    expect(
      await waitFor(
        () => tid(consolePage, 'console-tab-report').getAttribute('aria-selected'),
        (v) => v === 'true',
        10_000,
      ),
    ).toBe('true');
  });

  it('a projector whose browser holds sound back offers "Slå på lyd", and the click lets the chime play', async () => {
    // Chromium run by tests lets pages play sound by themselves (even with --autoplay-policy), so the page gets the
    // AudioContext a browser opened by hand gives it: suspended until resume() is called from a click.
    const ctx = await h.browser.newContext({ viewport: must(PROJECTOR[1]) });
    await ctx.addInitScript(`
      class HeldBackAudio extends EventTarget {
        constructor() { super(); this.state = 'suspended'; this.currentTime = 0; this.destination = {}; }
        resume() {
          if (!navigator.userActivation.isActive) return Promise.resolve();
          this.state = 'running';
          this.dispatchEvent(new Event('statechange'));
          return Promise.resolve();
        }
        createOscillator() { return { frequency: {}, connect: (n) => n, start() {}, stop() {} }; }
        createGain() { return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (n) => n }; }
      }
      window.AudioContext = HeldBackAudio;
    `);
    try {
      const page = await ctx.newPage();
      await page.goto(withLang(w.links.screen));
      const button = page.getByRole('button', { name: 'Slå på lyd' });
      await button.waitFor({ timeout: 10_000 });
      await expectNoAxeViolations(page, 'projector offering to turn on sound');
      await button.click();
      expect(
        await waitFor(
          () => button.count(),
          (n) => n === 0,
          10_000,
        ),
      ).toBe(0);
    } finally {
      await ctx.close();
    }
  });
});
