// npm run screenshots: builds, starts the real server on a fresh data directory, creates the default workshop and
// walks it from before the start to the end, with ten tables writing, phones joining, voting and answering the
// evaluation. At each phase it writes what every role sees to screenshots/<phase>-<role>-<width>x<height>.png, so
// anyone can look at the whole product in a minute. `node --import tsx test/screenshots/run.ts [outDir]` skips the build.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Harness, PHONE, sleep, tid, waitFor } from '../e2e/harness.js';
import { ROOT } from '../e2e/serverProcess.js';
import { must } from '../fixtures/must.js';
import { MESSAGE, NOTES, perTable, SUMMARIES } from './notes.js';
import { rankedBallots } from './ballots.js';
import { roleSocket, type RoleSocket } from '../e2e/plenary/roleSocket.js';
import { randomUUID } from 'node:crypto';

const OUT = process.argv[2] ?? join(ROOT, 'screenshots');
const FACILITATOR = { width: 1440, height: 900 };
const TABLET = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
];
const PROJECTOR = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];
const VOTERS = 24;
const DOTS = 3; // the template's dots per participant

type Size = { width: number; height: number };
interface Roles {
  facilitator: Page;
  host: Page;
  phone: Page;
  screen: Page;
}

const sizeName = (s: Size): string => `${s.width}x${s.height}`;
let shots = 0;

async function shoot(page: Page, phase: string, role: string, size: Size, fullPage = false): Promise<void> {
  if (page.viewportSize()?.width !== size.width || page.viewportSize()?.height !== size.height) {
    await page.setViewportSize(size);
    await sleep(400); // the projector fits its text to the new size
  }
  await page.screenshot({ path: join(OUT, `${phase}-${role}-${sizeName(size)}.png`), fullPage });
  shots++;
}

/** Every role, every size, as it is now. The facilitator's console also whole (scrolled), as `facilitator-full`. */
async function shootAll(roles: Roles, phase: string): Promise<void> {
  await sleep(1_200); // let the last events and a theme recompute land everywhere
  await shoot(roles.facilitator, phase, 'facilitator', FACILITATOR);
  await shoot(roles.facilitator, phase, 'facilitator-full', FACILITATOR, true);
  for (const size of TABLET) await shoot(roles.host, phase, 'host', size);
  await shoot(roles.phone, phase, 'phone', PHONE.viewport as Size);
  for (const size of PROJECTOR) await shoot(roles.screen, phase, 'screen', size);
  console.error(`[screenshots] ${phase}`);
}

async function waitForText(page: Page, id: string, re: RegExp): Promise<void> {
  await waitFor(
    () =>
      tid(page, id)
        .first()
        .innerText({ timeout: 1_000 })
        .catch(() => ''),
    (t) => re.test(t),
    10_000,
  );
}

/** Each table writes its notes for `questionId`, hosts star one each, and summaries follow for some tables. */
async function tablesWrite(hosts: RoleSocket[], questionId: 'q1' | 'q2' | 'q3', round: number): Promise<void> {
  const pool = NOTES[questionId];
  await Promise.all(
    hosts.map(async (host, i) => {
      const table = i + 1;
      for (let k = 0; k < perTable(table); k++) {
        const noteId = randomUUID();
        await host.send('note:add', { noteId, text: must(pool[((table - 1) * 3 + k) % pool.length]) });
        if (k === 0 && table % 3 === 1) await host.send('note:star', { noteId, starred: true });
      }
      const summary = SUMMARIES[i % SUMMARIES.length];
      if (summary && table <= 4) await host.send('summary:set', { round, text: summary });
    }),
  );
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const h = await Harness.start();
  const sockets: RoleSocket[] = [];
  try {
    const w = await h.createWorkshop({ title: 'Kafédialog: langtidsplan Region øst' });
    const token = (url: string): string => new URL(url).hash.slice(1);
    const fac = await roleSocket(h.base, { token: w.facilitatorToken });
    const hosts = await Promise.all(w.links.hosts.map((l) => roleSocket(h.base, { token: token(l.url) })));
    sockets.push(fac, ...hosts);

    const roles: Roles = {
      facilitator: await h.openPage(w.links.facilitator, { viewport: FACILITATOR }),
      host: await h.openPage(must(w.links.hosts[0]).url, { viewport: must(TABLET[0]) }),
      phone: await h.openPage(`${w.links.join}?table=1`, PHONE),
      screen: await h.openPage(w.links.screen, { viewport: must(PROJECTOR[0]) }),
    };
    await waitForText(roles.screen, 'join-code', /\S/);
    await shootAll(roles, '01-before');

    // Phones in the room: they join before the start and vote and answer the evaluation later.
    const voters = await Promise.all(
      Array.from({ length: VOTERS }, (_, i) => roleSocket(h.base, { joinCode: w.joinCode, table: (i % 10) + 1 })),
    );
    sockets.push(...voters);

    await fac.send('clock:start');
    await shootAll(roles, '02-intro');

    await fac.send('clock:next');
    await waitForText(roles.screen, 'current-question', /\S/);
    await tablesWrite(hosts, 'q1', 1);
    await waitFor(
      () => tid(roles.screen, 'theme-item').count(),
      (n) => n >= 2,
      15_000,
    );
    await shootAll(roles, '03-round1');

    await fac.send('clock:next');
    await shootAll(roles, '04-rotation1');

    await fac.send('clock:next');
    await tablesWrite(hosts, 'q2', 2);
    await shootAll(roles, '05-round2');

    await fac.send('clock:next');
    const messageId = randomUUID();
    await fac.send('message:show', { messageId, text: MESSAGE });
    await shootAll(roles, '06-break');
    await fac.send('message:dismiss', { messageId });

    // The second rotation mixes people: each phone is told its table.
    await fac.send('settings:set', { settings: { mixing: true } });
    await fac.send('tables:assign');
    await fac.send('clock:next');
    await shootAll(roles, '07-rotation2-mixing');

    await fac.send('clock:next');
    await tablesWrite(hosts, 'q3', 3);
    await shootAll(roles, '08-round3');

    await fac.send('clock:next');
    await shootAll(roles, '09-plenary');

    await fac.send('wrapup:show', { questionId: 'q1', part: 'themes' });
    await shootAll(roles, '10-wrapup-themes');
    await fac.send('wrapup:show', { questionId: 'q1', part: 'insights' });
    await shootAll(roles, '11-wrapup-insights');
    await fac.send('wrapup:show', { questionId: 'q1', part: 'summaries' });
    await shootAll(roles, '12-wrapup-summaries');
    await fac.send('wrapup:show', { questionId: null, part: 'overview' });
    await shootAll(roles, '13-wrapup-overview');

    // Dot voting on the first question's themes: most phones vote, the screen shows who voted and the shares.
    const options = fac
      .themes('q1')
      .slice(0, 8)
      .map((t) => ({ key: t.key.slice(0, 64), label: t.label.slice(0, 200) }));
    await fac.send('vote:open', { questionId: 'q1', options });
    await fac.send('wrapup:show', { questionId: 'q1', part: 'votes' });
    // A clear ranking (see ballots.ts): each option has its own count on the phone, the projector and the report.
    const ballots = rankedBallots(
      options.map((o) => o.key),
      VOTERS - 4,
      DOTS,
    );
    await Promise.all(ballots.map((dots, i) => must(voters[i]).send('vote:cast', { questionId: 'q1', dots })));
    await shootAll(roles, '14-vote-open');
    await fac.send('vote:close', { questionId: 'q1' });
    await fac.send('vote:reveal', { questionId: 'q1' });
    await shootAll(roles, '15-vote-results');

    await fac.send('evaluation:open');
    await Promise.all(
      voters
        .slice(0, 15)
        .map((v, i) =>
          v.send('evaluation:answer', { answers: { useful: 3 + (i % 3), heard: 2 + (i % 4), open: 'Mer tillit' } }),
        ),
    );
    await shootAll(roles, '16-evaluation');

    await fac.send('evaluation:close');
    await fac.send('clock:next');
    await shootAll(roles, '17-end');
    console.error(`[screenshots] ${shots} files in ${OUT}`);
  } finally {
    for (const s of sockets) s.close();
    await h.close();
  }
}

await main();
