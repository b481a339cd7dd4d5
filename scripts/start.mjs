// npm start: build whatever is missing or older than its sources, then run the server in this process.
//
// The build here is the quick one (~5 s on a fresh clone, most of it Vite): the server is transpiled by esbuild
// without a type check (scripts/transpile-server.mjs), and while Vite builds the client, PGlite's initdb creates the
// database in a child process (the server would do it first thing otherwise). A later start with nothing changed
// builds nothing.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transpileServer } from './transpile-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const newest = (dir) => {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};
const sources = Math.max(
  ...['shared/src', 'server/src', 'client/src', 'client/public'].map((d) => newest(join(root, d))),
  statSync(join(root, 'client/index.html')).mtimeMs,
);
// The stamp's time is when the last successful build began. tsc -b and esbuild leave unchanged outputs alone, so the
// outputs' own times say little: they only have to exist.
const stamp = join(root, 'node_modules/.cache/kafedialog-build-stamp');
const outputs = [
  join(root, 'server/dist/main.js'),
  join(root, 'shared/dist/protocol.js'),
  join(root, 'client/dist/index.html'),
];
const fresh = existsSync(stamp) && statSync(stamp).mtimeMs >= sources && outputs.every((f) => existsSync(f));

/** Runs a Node script in a child process with this terminal; rejects unless it exits 0. */
const node = (script, args) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`))));
  });

/** `vite build client`, then the .br and .gz beside each asset. */
async function buildClient() {
  const vite = createRequire(join(root, 'client/package.json')).resolve('vite/package.json');
  await node(join(dirname(vite), 'bin/vite.js'), ['build', 'client', '--logLevel', 'warn']);
  await node(join(root, 'scripts/precompress.mjs'), []);
}

/**
 * The embedded database's initdb, alongside the client build. Best effort: on any trouble (a bad setting, a full disk)
 * the server does it again at its start and says what is wrong there.
 */
async function prepareDatabase() {
  try {
    const { readConfig } = await import('../server/dist/config.js');
    const config = readConfig();
    if (config.databaseUrl) return;
    const { initDataDir } = await import('../server/dist/store/pgliteInit.js');
    const { fsyncPath } = await import('../server/dist/store/fsync.js');
    mkdirSync(config.dataDir, { recursive: true });
    await initDataDir(config.dataDir, fsyncPath);
  } catch {
    // left to the server's own start
  }
}

if (!fresh) {
  console.log('Building Kafédialog (first start, or the sources changed)…');
  const began = new Date();
  try {
    await transpileServer(root);
    await Promise.all([buildClient(), prepareDatabase()]);
  } catch (err) {
    console.error('The build failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  }
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, began.toISOString());
  utimesSync(stamp, began, began); // a source saved during the build is newer: the next start builds again
}
await import(new URL('../server/dist/main.js', import.meta.url).href);
