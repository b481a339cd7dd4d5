// npm start's build, in a process of its own so the server's process never holds what building took (~90 MB).
//
// The server and shared: every .ts file becomes the .js file (and source map) that `tsc -b server` would write beside
// it in dist/, transpiled one by one by esbuild, with no bundling and no type check: ~0.5 s where tsc takes 10 s or
// more. It means the same code because both projects compile with isolatedModules and verbatimModuleSyntax (each file
// stands on its own; type-only imports say so). Types are checked by `npm run typecheck` and CI; `npm run build`
// (tests, bench, CI) still builds with tsc. Then the client (Vite, then the .br and .gz beside each asset) and,
// alongside it, PGlite's initdb for the embedded database (the server would do that first thing otherwise).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, stop } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The TypeScript sources under `dir`, declaration files left out (they have no output). */
const sourcesIn = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));

async function transpileServer() {
  for (const project of ['shared', 'server']) {
    const src = join(root, project, 'src');
    await build({
      entryPoints: sourcesIn(src),
      outbase: src,
      outdir: join(root, project, 'dist'),
      tsconfig: join(root, project, 'tsconfig.json'),
      format: 'esm',
      platform: 'node',
      target: 'node20.19',
      sourcemap: true,
      logLevel: 'warning',
    });
  }
  await stop(); // esbuild's service process
}

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
 * The embedded database's initdb (itself in a child process, see server/src/store/pgliteInit.ts). Best effort: on any
 * trouble (a bad setting, a full disk) the server does it again at its start and says there what is wrong.
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

try {
  await transpileServer();
  await Promise.all([buildClient(), prepareDatabase()]);
} catch (err) {
  console.error('The build failed:', err instanceof Error ? err.message : err);
  process.exit(1);
}
