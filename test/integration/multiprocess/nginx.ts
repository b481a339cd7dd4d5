// Debian's nginx in front of the test's server processes, with the repository's own site configuration
// (deploy/nginx-kafedialog.conf): only its listen port and upstream servers are changed. Runs in the foreground as a
// child of the test, with its pid, logs and temporary files in a temporary directory; never the system's nginx.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, sleep } from '../../e2e/serverProcess.js';

export const NGINX = '/usr/sbin/nginx';
export const SITE_CONF = join(ROOT, 'deploy/nginx-kafedialog.conf');

export interface Nginx {
  url: string;
  stop(): Promise<void>;
}

/** The site file with our ports: `listen` and the upstream's `server` lines (one per port, the same options). */
export function siteFor(port: number, upstreamPorts: readonly number[]): string {
  const site = readFileSync(SITE_CONF, 'utf8');
  const server = /^(\s*)server 127\.0\.0\.1:\d+ (.*)$/m.exec(site);
  if (!server) throw new Error(`no upstream server line in ${SITE_CONF}`);
  const [, indent = '', options = ''] = server;
  const servers = upstreamPorts.map((p) => `${indent}server 127.0.0.1:${p} ${options}`).join('\n');
  return site
    .replace(/^\s*server 127\.0\.0\.1:\d+ .*\n/gm, '')
    .replace(/^(\s*)hash (.*)$/m, (line) => `${line}\n${servers}`)
    .replace(/listen \d+;/, `listen 127.0.0.1:${port};`);
}

export async function startNginx(port: number, upstreamPorts: readonly number[]): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), 'kafe-nginx-'));
  writeFileSync(join(dir, 'kafedialog.conf'), siteFor(port, upstreamPorts));
  // As root, nginx's workers run as nobody: they need to reach the temporary directory.
  const root = process.getuid?.() === 0;
  if (root) {
    const uid = Number(spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout);
    const gid = Number(spawnSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).stdout);
    chownSync(dir, uid, gid);
  }
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${join(dir, kind)};`)
    .join('\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${root ? 'user nobody nogroup;\n' : ''}daemon off;
worker_processes 1;
worker_rlimit_nofile 20000;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 16000; }
http {
  access_log off;
${temp}
  include ${join(dir, 'kafedialog.conf')};
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr}`);
    try {
      await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > until) throw new Error(`nginx did not answer: ${stderr}`);
      await sleep(50);
    }
  }
  return {
    url,
    async stop() {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await Promise.race([gone, sleep(5000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A `kafe_node` cookie for each upstream port: the keys nginx routes to it (found by asking /healthz with made-up
 * keys and reading X-Kafe-Upstream), so a test can put a page on the process it means.
 */
export async function cookiesByPort(url: string, ports: readonly number[]): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  for (let i = 0; found.size < ports.length && i < 500; i++) {
    const cookie = `kafe_node=probe-${i}`;
    const res = await fetch(`${url}/healthz`, { headers: { cookie } });
    const port = Number(/:(\d+)$/.exec(res.headers.get('x-kafe-upstream') ?? '')?.[1]);
    if (ports.includes(port) && !found.has(port)) found.set(port, cookie);
  }
  if (found.size < ports.length) throw new Error('could not find a cookie for every process');
  return found;
}
