// npm start: build whatever is missing or older than its sources, then run the server in this process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const sources = Math.max(
  ...['shared/src', 'server/src', 'client/src'].map((d) => newest(join(root, d))),
  statSync(join(root, 'client/index.html')).mtimeMs,
);
// A stamp written after a successful build: tsc -b skips unchanged outputs, so their own times say little.
const stamp = join(root, 'node_modules/.cache/kafedialog-build-stamp');
const outputs = [stamp, join(root, 'server/dist/main.js'), join(root, 'client/dist/index.html')];
const built = Math.min(...outputs.map(builtAt));

if (built < sources) {
  console.log('Building Kafédialog (first start, or the sources changed)…');
  const res = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  writeFileSync(stamp, new Date().toISOString());
}
await import(new URL('../server/dist/main.js', import.meta.url).href);
