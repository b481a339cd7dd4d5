// End-to-end harness: the real server (built output, child process) and Debian's Chromium via playwright-core.
// Pages are driven only by the data-testid hooks of DESIGN.md §7 and the HTTP API of §5, as outside tests do.
import { AxeBuilder } from '@axe-core/playwright';
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { ServerProcess, sleep, type CreatedWorkshop, type ServerOptions } from './serverProcess.js';

export { ServerProcess, sleep, type CreatedWorkshop };

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export async function launchBrowser(): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (err) {
    try {
      accessSync(CHROMIUM, constants.X_OK);
    } catch {
      // Missing browser (tests run without `npm test`'s setup step): say the one command that fixes it.
      throw new Error(
        `Chromium is not at ${CHROMIUM}${process.env.CHROMIUM ? ' (from CHROMIUM)' : ''}. Run: node scripts/setup-test-system.mjs ` +
          `(installs it as root, or prints the sudo command), or set CHROMIUM=/path/to/chromium`,
        { cause: err },
      );
    }
    throw err;
  }
}

/** `url` with ?lang=nb (kept before the #fragment that carries the role token). */
export function withLang(url: string, lang = 'nb'): string {
  const u = new URL(url);
  u.searchParams.set('lang', lang);
  return u.toString();
}

export const tid = (page: Page, id: string): Locator => page.locator(`[data-testid="${id}"]`);

/**
 * Presses a facilitator clock button and, if the console asks first (it ends the workshop or stretches a round by more
 * than two minutes: ConfirmClockDialog), says yes. The question is rendered in the click's own event, so it is there
 * when the click returns. For tests that move the clock along; clockConfirm.test.ts checks the question itself.
 */
export async function pressClock(page: Page, id: string): Promise<void> {
  await tid(page, id).first().click({ timeout: 10_000 });
  const ok = tid(page, 'clock-confirm-ok');
  if (await ok.isVisible()) await ok.click();
}

/** Parses `m:ss`, `h:mm:ss` or `-m:ss` (overtime) into seconds; NaN if the text holds no time. */
export function parseClock(text: string): number {
  const m = /(-|−)?(?:(\d+):)?(\d+):(\d{2})/.exec(text);
  if (!m) return Number.NaN;
  const v = Number(m[2] ?? 0) * 3600 + Number(m[3]) * 60 + Number(m[4]);
  return m[1] ? -v : v;
}

/** The page's `clock-remaining` in seconds, retrying until it reads as a time (NaN after `timeoutMs`). */
export async function readClockSeconds(page: Page, timeoutMs = 8_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  let v = Number.NaN;
  while (Date.now() < until) {
    const text = await tid(page, 'clock-remaining')
      .first()
      .textContent({ timeout: 1_000 })
      .catch(() => null);
    v = parseClock(text ?? '');
    if (Number.isFinite(v)) return v;
    await sleep(100);
  }
  return v;
}

/** Reads the clocks of several pages at (as near as possible) the same instant. */
export function readClocks(pages: Page[]): Promise<number[]> {
  return Promise.all(pages.map((p) => readClockSeconds(p)));
}

/** Waits until `fn` returns a value `ok` accepts; returns the last value either way. */
export async function waitFor<T>(
  fn: () => T | Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs = 15_000,
  everyMs = 100,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let v = await fn();
  while (!ok(v) && Date.now() < until) {
    await sleep(everyMs);
    v = await fn();
  }
  return v;
}

export async function textOf(page: Page, id: string, timeoutMs = 10_000): Promise<string> {
  return ((await tid(page, id).first().textContent({ timeout: timeoutMs })) ?? '').trim();
}

/** axe with WCAG 2.0/2.1 A and AA; prints every violation readably and throws if there is any. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  if (result.violations.length === 0) return;
  const report = result.violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map(
          (n) =>
            `      - ${n.target.join(' ')}\n        ${(n.failureSummary ?? '').replace(/\n/g, '\n        ')}\n        html: ${n.html.slice(0, 200)}`,
        )
        .join('\n');
      const more = v.nodes.length > 8 ? `\n      … and ${v.nodes.length - 8} more` : '';
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
  const message = `axe: ${result.violations.length} violation(s) on ${label}\n${report}`;
  console.error(message);
  throw new Error(message);
}

/**
 * One server + one browser for a test file. Each page gets its own browser context (its own storage, like a
 * separate device). `close()` ends both.
 */
export class Harness {
  private pages: Page[] = [];
  private constructor(
    readonly server: ServerProcess,
    readonly browser: Browser,
  ) {}

  static async start(options: ServerOptions = {}): Promise<Harness> {
    const server = await ServerProcess.start(options);
    try {
      return new Harness(server, await launchBrowser());
    } catch (err) {
      await server.stop();
      throw err;
    }
  }

  get base(): string {
    return this.server.base;
  }

  createWorkshop(body?: Record<string, unknown>): Promise<CreatedWorkshop> {
    return this.server.createWorkshop(body);
  }

  /** Opens `url` (with ?lang=nb) in a fresh context; `options` as Playwright's, e.g. { viewport } or PHONE. */
  async openPage(url: string, options: BrowserContextOptions = {}): Promise<Page> {
    const ctx = await this.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
    const page = await ctx.newPage();
    page.on('pageerror', (err) => console.error(`[page error] ${new URL(url).pathname}: ${err.message}`));
    await page.goto(withLang(url));
    this.pages.push(page);
    return page;
  }

  /**
   * Closes every page opened so far (and its context). A file whose tests each open their own pages calls this after
   * each test: a page left open keeps its socket, countdown and re-renders running, and by the sixth test a dozen idle
   * pages take the CPU a loaded machine needs for the pages under test.
   */
  async closePages(): Promise<void> {
    const pages = this.pages.splice(0);
    await Promise.all(
      pages.map((p) =>
        p
          .context()
          .close()
          .catch(() => {}),
      ),
    );
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
    await this.server.stop();
  }
}
