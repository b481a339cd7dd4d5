import qrcode from 'qrcode';
import { createApp } from './app.js';
import { readConfig, type Config } from './config.js';
import { openStore } from './store/open.js';
import { exclusive, LOCKS } from './store/exclusive.js';
import { SettingsRows } from './store/settingsRows.js';
import { ensureOrganiserKey } from './workshops/organiserKey.js';
import { createStarterWorkshop } from './workshops/starter.js';
import type { AppContext, CreatedWorkshop } from './context.js';

/** npm start: read the environment, open the store, listen, and print the links to open. */
async function main(): Promise<void> {
  const started = performance.now();
  const config = readConfig();
  const db = await openStore(config);
  // Under the startup lock: processes starting together on one PostgreSQL agree on one generated key.
  const key = await exclusive(db, LOCKS.startup, () =>
    ensureOrganiserKey(new SettingsRows(db), config.organiserKey, process.argv.includes('--new-organiser-key')),
  );
  const app = createApp({
    db,
    publicUrl: config.publicUrl,
    tls: config.tls,
    allowedHosts: config.allowedHosts,
    organiserKeyHash: key.hash,
    clientDir: config.clientDir,
    limits: config.limits,
    retentionDays: config.retentionDays,
  });
  await new Promise<void>((resolve, reject) => {
    app.http.once('error', reject);
    app.http.listen(config.port, config.host, () => resolve());
  });
  // Locked too: of processes starting together on an empty PostgreSQL, one makes the starter workshop.
  const firstWorkshop = await exclusive(db, LOCKS.starter, () => starterWorkshop(app.ctx));
  await printWelcome(config, key.printable, firstWorkshop, Math.round(performance.now() - started));

  const shutdown = (signal: string): void => {
    console.log(`\n${signal}: closing…`);
    void app
      .close()
      .then(() => db.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

/** On the very first start, a workshop from the default template, so the printed links lead somewhere at once. */
async function starterWorkshop(ctx: AppContext): Promise<CreatedWorkshop | null> {
  if (process.env.KAFE_NO_STARTER === '1' || (await ctx.workshops.anyExists())) return null;
  return createStarterWorkshop(ctx);
}

async function printWelcome(
  config: Config,
  organiserKey: string | null,
  w: CreatedWorkshop | null,
  coldStartMs: number,
): Promise<void> {
  const lines = [
    '',
    `Kafédialog is running on ${config.publicUrl}  (store: ${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`}; ready in ${coldStartMs} ms)`,
    '',
    organiserKey
      ? `Organiser (create workshops):  ${config.publicUrl}/organiser#${organiserKey}`
      : `Organiser (create workshops):  ${config.publicUrl}/organiser   (key printed at first start; new one: npm start -- --new-organiser-key)`,
  ];
  if (organiserKey && !config.organiserKey) lines.push(`Organiser key (shown once, keep it): ${organiserKey}`);
  if (w) {
    lines.push(
      '',
      'Your first workshop (from the kafédialog template; save these links, they are shown once):',
      `  Facilitator:     ${w.links.facilitator}`,
      `  Plenary screen:  ${w.links.screen}`,
      `  Participants:    ${w.links.join}   (code ${w.joinCode})`,
      ...w.links.hosts.map((h) => `  Table ${String(h.table).padEnd(2)} host:   ${h.url}`),
      '',
      'Scan to join as a participant:',
    );
  }
  console.log(lines.join('\n'));
  if (w) console.log(await qrcode.toString(w.links.join, { type: 'terminal', small: true }));
}

main().catch((err: unknown) => {
  console.error('Kafédialog could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
