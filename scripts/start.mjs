// npm start: build whatever is missing or older than its sources, then run the server in this process.
//
// The build is the quick one (scripts/quick-build.mjs, ~5 s on a fresh clone, most of it Vite), in a child process. A
// later start with nothing changed builds nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

if (!fresh) {
  console.log('Building Kafédialog (first start, or the sources changed)…');
  const began = new Date();
  const build = spawnSync(process.execPath, [join(root, 'scripts/quick-build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, began.toISOString());
  utimesSync(stamp, began, began); // a source saved during the build is newer: the next start builds again
}
await import(new URL('../server/dist/main.js', import.meta.url).href);
