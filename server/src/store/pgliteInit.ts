import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syncTree, type Fsync } from './fsync.js';

/** Written by initdb; PGlite takes a directory holding it for a database and resumes it, and runs initdb otherwise. */
const PG_VERSION = 'PG_VERSION';
/** Where initdb writes, inside the data directory so the moves below stay on one filesystem. */
const STAGING = '.initdb';

/**
 * Creates the database in `dataDir` if it has none, in a short-lived child process. PGlite's initdb runs a second
 * PostgreSQL beside the first and leaves this process's RSS at ~850 MB for good (WebAssembly memory never shrinks);
 * done in a child that exits, the server opens the finished directory like any restart (~200 MB less).
 *
 * Crash-safe: initdb writes into a staging directory, which is flushed, then moved in with PG_VERSION last. A crash
 * at any point leaves either a complete database or a directory without PG_VERSION, which the next start builds again
 * (before, a power cut during the first start could leave a half-written database that refused to start).
 */
export async function initDataDir(dataDir: string, fsync: Fsync): Promise<void> {
  if (existsSync(join(dataDir, PG_VERSION))) return;
  const staging = join(dataDir, STAGING);
  await rm(staging, { recursive: true, force: true }); // what a crashed first start left
  await initdbInChild(staging);
  await syncTree(staging, fsync);
  for (const name of await readdir(staging)) {
    if (name === PG_VERSION) continue;
    await rm(join(dataDir, name), { recursive: true, force: true }); // a move a crashed first start left half done
    await rename(join(staging, name), join(dataDir, name));
  }
  await fsync(dataDir, true); // every other entry is durable before PG_VERSION can be
  await rename(join(staging, PG_VERSION), join(dataDir, PG_VERSION));
  await fsync(dataDir, true);
  await rm(staging, { recursive: true, force: true });
}

/** Runs PGlite's initdb on `dir` in a new Node process (the one running this, without its loaders) and waits for it. */
function initdbInChild(dir: string): Promise<void> {
  // Resolved here: the child is a script evaluated from the working directory, which may be anywhere.
  const pglite = import.meta.resolve('@electric-sql/pglite');
  const script = `const { PGlite } = await import(${JSON.stringify(pglite)});
    const pg = await PGlite.create(process.argv[1]);
    await pg.close();`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`creating the database in ${dir} failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`));
    });
  });
}
