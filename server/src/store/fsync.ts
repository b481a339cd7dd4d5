import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Flushes one file's data, or one directory's entries, to stable storage. A parameter wherever it is used, so a test
 * can see what was synced and when without timing anything.
 */
export type Fsync = (path: string, isDir: boolean) => Promise<void>;

/** The real thing, through fs.promises so the event loop keeps running while the disk works. */
export const fsyncPath: Fsync = async (path, isDir) => {
  const handle = await open(path, 'r');
  try {
    // fdatasync is enough for a file: it flushes the size with the data, which is all the metadata a reader needs.
    // A directory needs a full fsync, or a new or renamed entry in it may not survive a power cut.
    await (isDir ? handle.sync() : handle.datasync());
  } finally {
    await handle.close();
  }
};

const FILES_AT_ONCE = 16;

/**
 * Flushes every file under `dir`, then every directory, deepest first, so no entry is durable before what it names.
 * Files that vanish meanwhile (PostgreSQL's temporary and recycled files) are skipped: they no longer need flushing.
 */
export async function syncTree(dir: string, fsync: Fsync): Promise<void> {
  const files: string[] = [];
  const dirs: string[] = [];
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (err) {
      if (isGone(err)) return;
      throw err;
    }
    for (const e of entries) {
      const path = join(d, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile()) files.push(path);
    }
    dirs.push(d); // after its subdirectories: deepest first
  };
  await walk(dir);
  for (let i = 0; i < files.length; i += FILES_AT_ONCE) {
    await Promise.all(files.slice(i, i + FILES_AT_ONCE).map((f) => unlessGone(fsync(f, false))));
  }
  for (const d of dirs) await unlessGone(fsync(d, true));
}

export function isGone(err: unknown): boolean {
  return err instanceof Error && 'code' in err && err.code === 'ENOENT';
}

async function unlessGone(p: Promise<void>): Promise<void> {
  try {
    await p;
  } catch (err) {
    if (!isGone(err)) throw err;
  }
}
