// npm run dev: the server with reload (tsc watch + node --watch) and Vite's dev server, together; Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args) =>
  spawn(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:5173' },
  });

const first = spawn('npx', ['tsc', '-b', 'server'], { cwd: root, stdio: 'inherit' });
first.on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  const children = [
    run('npx', ['tsc', '-b', 'server', '--watch', '--preserveWatchOutput']),
    run('node', ['--watch-path=server/dist', '--watch-path=shared/dist', 'server/dist/main.js']),
    run('npx', ['vite', 'client']),
  ];
  const stop = () => children.forEach((c) => c.kill('SIGTERM'));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
