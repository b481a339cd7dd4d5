// The foundation, end to end: the real server (built output) and Chromium with several roles at once.
// Clock controls reach every page within a second, pause freezes the screen, next shows the first question on the
// host tablet, and after kill -9 and a restart on the same data directory the screen reconnects by itself and the
// clock carries on. axe checks every role's page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nb } from '@kafe/shared/i18n/nb/core';
import { KAFEDIALOG_TEMPLATE } from '@kafe/shared/template';
import {
  expectNoAxeViolations,
  Harness,
  PHONE,
  pressClock,
  readClocks,
  readClockSeconds,
  sleep,
  textOf,
  tid,
  waitFor,
} from './harness.js';
import { must } from '../fixtures/must.js';

const FIRST_QUESTION = /Hva har du hørt i dag/i;

let h: Harness;

beforeAll(async () => {
  h = await Harness.start();
});

afterAll(async () => {
  await h.close();
});

const stateOf = (page: Page): Promise<string | null> =>
  tid(page, 'connection-status')
    .first()
    .getAttribute('data-state', { timeout: 2_000 })
    .catch(() => null);

async function expectOnline(page: Page, timeoutMs = 15_000): Promise<void> {
  expect(
    await waitFor(
      () => stateOf(page),
      (s) => s === 'online',
      timeoutMs,
    ),
    `${new URL(page.url()).pathname} connection-status`,
  ).toBe('online');
}

/** Whether the page's countdown moves: two reads 1.1 s apart differ. */
async function isTicking(page: Page): Promise<boolean> {
  const a = await readClockSeconds(page, 2_000);
  await sleep(1_100);
  const b = await readClockSeconds(page, 2_000);
  return Number.isFinite(a) && Number.isFinite(b) && a !== b;
}

const click = (page: Page, id: string): Promise<void> => tid(page, id).first().click({ timeout: 10_000 });

describe('foundation', () => {
  it('the template really starts with the question the checks look for', () => {
    expect(KAFEDIALOG_TEMPLATE.questions[0]?.text).toMatch(FIRST_QUESTION);
  });

  it('clock controls reach facilitator, screen and host; the screen survives kill -9 and a restart', async () => {
    const w = await h.createWorkshop({ title: 'E2E: klokke og omstart' });
    expect(w.links.hosts).toHaveLength(10);

    const fac = await h.openPage(w.links.facilitator);
    const screen = await h.openPage(w.links.screen, { viewport: { width: 1920, height: 1080 } });
    const host = await h.openPage(must(w.links.hosts[0]).url, {
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
    });
    for (const p of [fac, screen, host]) await expectOnline(p);

    expect(await textOf(fac, 'segment-title')).not.toBe('');

    await click(fac, 'clock-start');
    // Every page gets the started event, then renders its countdown from the same server-time deadline. (Before the
    // start the pages show no time, or on the workshop's day the countdown to its start, so first make sure all three
    // are counting.)
    const ticking = await waitFor(
      () => Promise.all([fac, screen, host].map(isTicking)),
      (ts) => ts.every(Boolean),
      10_000,
      0,
    );
    expect(ticking, 'facilitator / screen / host countdowns run after clock-start').toEqual([true, true, true]);
    const running = await readClocks([fac, screen, host]);
    expect(running.every(Number.isFinite), `clocks read ${running.join(' / ')}`).toBe(true);
    expect(
      Math.max(...running) - Math.min(...running),
      `facilitator / screen / host read ${running.join(' / ')} s`,
    ).toBeLessThanOrEqual(1);

    await click(fac, 'clock-pause');
    await sleep(700);
    const p1 = await readClockSeconds(screen);
    await sleep(2_200);
    const p2 = await readClockSeconds(screen);
    expect(Number.isFinite(p1), `paused screen reads ${p1}`).toBe(true);
    expect(p2, 'the screen countdown stands still while paused').toBe(p1);

    await click(fac, 'clock-resume');
    await click(fac, 'clock-next');
    const question = await waitFor(
      () => textOf(host, 'current-question', 1_000).catch(() => ''),
      (q) => FIRST_QUESTION.test(q),
      10_000,
    );
    expect(question, 'host tablet shows the first question after next').toMatch(FIRST_QUESTION);

    const segment = await textOf(screen, 'segment-title');
    expect(segment).not.toBe('');
    const before = await readClockSeconds(screen);
    expect(Number.isFinite(before)).toBe(true);

    await h.server.kill('SIGKILL');
    expect(
      await waitFor(
        () => stateOf(screen),
        (s) => s === 'offline',
        15_000,
      ),
      'screen notices the server is gone',
    ).toBe('offline');
    const t0 = Date.now();
    await h.server.spawn();
    await expectOnline(screen, 30_000);
    const reconnectMs = Date.now() - t0;
    const after = await waitFor(
      () => textOf(screen, 'segment-title'),
      (t) => t === segment,
      10_000,
    );
    expect(after, 'the same segment after the restart').toBe(segment);
    const later = await readClockSeconds(screen);
    expect(Number.isFinite(later), `screen clock after restart reads ${later}`).toBe(true);
    expect(
      later,
      `clock continues: ${before} s before kill -9, ${later} s after (reconnected in ${reconnectMs} ms)`,
    ).toBeLessThan(before);
    expect(before - later, 'not reset or jumped').toBeLessThan(60);
    expect(await isTicking(screen), 'the screen countdown runs after the restart').toBe(true);
    // The other roles come back too, and all still agree on the time.
    await expectOnline(host, 30_000);
    await expectOnline(fac, 30_000);
    expect(await textOf(host, 'current-question')).toMatch(FIRST_QUESTION);
    const again = await readClocks([fac, screen, host]);
    expect(
      Math.max(...again) - Math.min(...again),
      `after the restart facilitator / screen / host read ${again.join(' / ')} s`,
    ).toBeLessThanOrEqual(1);
  });

  it("segment-title is the current segment's title on every role's page (contract §7)", async () => {
    const w = await h.createWorkshop({ title: 'E2E: segmenttittel' });
    const fac = await h.openPage(w.links.facilitator);
    const screen = await h.openPage(w.links.screen, { viewport: { width: 1920, height: 1080 } });
    const host = await h.openPage(must(w.links.hosts[0]).url);
    const phone = await h.openPage(`${h.base}/join/${w.joinCode}`, PHONE);
    for (const p of [fac, screen, host, phone]) await expectOnline(p);
    await click(fac, 'clock-start');
    await click(fac, 'clock-next');
    await waitFor(
      () => textOf(host, 'current-question', 1_000).catch(() => ''),
      (q) => FIRST_QUESTION.test(q),
      10_000,
    );
    const round = KAFEDIALOG_TEMPLATE.agenda.find((s) => s.kind === 'round');
    const titles = await waitFor(
      () => Promise.all([fac, screen, host, phone].map((p) => textOf(p, 'segment-title').catch(() => ''))),
      (ts) => ts.every((t) => t === ts[0]),
      5_000,
    );
    expect({ facilitator: titles[0], screen: titles[1], host: titles[2], participant: titles[3] }).toEqual({
      facilitator: round?.title,
      screen: round?.title,
      host: round?.title,
      participant: round?.title,
    });
  });

  it('before the start every page says when we start; Neste pressed early into the rotation shows 3:00, not 40 minutes', async () => {
    // Another day, so the plan moves to start when the clock does: the minutes below do not depend on the time of day.
    const w = await h.createWorkshop({ title: 'E2E: tidlig Neste', date: '2030-01-15' });
    const fac = await h.openPage(w.links.facilitator);
    const screen = await h.openPage(w.links.screen, { viewport: { width: 1920, height: 1080 } });
    const host = await h.openPage(must(w.links.hosts[0]).url);
    for (const p of [fac, screen, host]) await expectOnline(p);
    const starts = await Promise.all([fac, screen, host].map((p) => textOf(p, 'start-time')));
    expect(starts).toEqual(Array(3).fill(nb['clock.startsAt'].replace('{time}', '12:45')));
    expect(await textOf(screen, 'segment-title')).toBe(KAFEDIALOG_TEMPLATE.agenda[0]?.title);

    await click(fac, 'clock-start');
    // In the intro, the console says what Neste would do to round 1 before it is pressed (25 planned + ~15 saved).
    const note = await waitFor(
      () => textOf(fac, 'clock-note-next', 1_000).catch(() => ''),
      (n) => n !== '',
      10_000,
    );
    expect(note).toMatch(/^Neste: Runde 1 blir (39|40) min$/);
    await click(fac, 'clock-next');
    await waitFor(
      () => textOf(host, 'current-question', 1_000).catch(() => ''),
      (q) => FIRST_QUESTION.test(q),
      10_000,
    );
    await pressClock(fac, 'clock-next');
    const rotation = KAFEDIALOG_TEMPLATE.agenda.find((s) => s.kind === 'rotation')?.title;
    expect(
      await waitFor(
        () => textOf(screen, 'segment-title', 1_000).catch(() => ''),
        (t) => t === rotation,
        10_000,
      ),
    ).toBe(rotation);
    const remaining = await readClockSeconds(screen);
    expect(remaining, `the screen's rotation shows ${remaining} s`).toBeGreaterThan(170);
    expect(remaining).toBeLessThanOrEqual(180);
  });

  it('axe finds no WCAG 2.1 A/AA violations on facilitator, screen, host and participant pages', async () => {
    const w = await h.createWorkshop({ title: 'E2E: tilgjengelighet' });
    const failures: string[] = [];
    const check = async (page: Page, label: string): Promise<void> => {
      await expectNoAxeViolations(page, label).catch(
        (e: unknown) => void failures.push(e instanceof Error ? e.message : String(e)),
      );
    };

    const fac = await h.openPage(w.links.facilitator);
    const screen = await h.openPage(w.links.screen, { viewport: { width: 1920, height: 1080 } });
    await expectOnline(fac);
    await expectOnline(screen);
    await tid(screen, 'join-code').first().waitFor({ timeout: 10_000 });
    await check(fac, 'facilitator (before start)');
    await check(screen, 'screen (before start: join QR and code)');

    await click(fac, 'clock-start');
    await click(fac, 'clock-next');
    const host = await h.openPage(must(w.links.hosts[0]).url, {
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
    });
    const phone = await h.openPage(`${h.base}/join/${w.joinCode}`, PHONE);
    for (const p of [host, phone]) await expectOnline(p);
    await waitFor(
      () => textOf(host, 'current-question', 1_000).catch(() => ''),
      (q) => FIRST_QUESTION.test(q),
      10_000,
    );
    await waitFor(() => readClockSeconds(phone, 1_000), Number.isFinite, 10_000);
    await waitFor(
      () => textOf(screen, 'current-question', 1_000).catch(() => ''),
      (q) => FIRST_QUESTION.test(q),
      10_000,
    );

    await check(fac, 'facilitator (round running)');
    await check(screen, 'screen (round running)');
    await check(host, 'host (round running, tablet)');
    await check(phone, `participant /join/${w.joinCode} (phone 390×844)`);

    const joinPage = await h.openPage(`${h.base}/join`, PHONE);
    await tid(joinPage, 'join-code-input').first().waitFor({ timeout: 10_000 });
    await check(joinPage, '/join (phone 390×844)');

    expect(failures, failures.join('\n\n')).toEqual([]);
  });

  it('the organiser page creates a workshop and shows its facilitator link; axe clean', async () => {
    const page = await h.openPage(`${h.base}/organiser`);
    const key = page.getByLabel(nb['org.key'], { exact: true });
    await key.waitFor({ timeout: 10_000 });
    await expectNoAxeViolations(page, '/organiser (empty form)');

    await key.fill(h.server.organiserKey);
    await page.getByLabel(nb['fac.agenda.workshopTitle'], { exact: true }).fill('E2E: laget fra arrangørsiden');
    await page.getByRole('button', { name: nb['org.create'] }).click();

    const link = page.locator('a[href*="/facilitator#"]').first();
    await link.waitFor({ timeout: 10_000 });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href.startsWith(`${h.base}/facilitator#`), `facilitator link ${href}`).toBe(true);
    await expectNoAxeViolations(page, '/organiser (workshop created)');

    // The link leads to a working facilitator console.
    const fac = await h.openPage(href);
    await expectOnline(fac);
    expect(await textOf(fac, 'segment-title')).not.toBe('');
  });
});
