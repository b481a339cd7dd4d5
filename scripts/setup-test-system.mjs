// Test system setup: makes sure the system parts the test suites use (Debian packages, not npm ones) are on this
// machine before any test starts. `npm test` runs it first (pretest), `npm run test:e2e` too (pretest:e2e), and
// .ci/run calls it, so a user's machine and CI do the same thing.
//
//   node scripts/setup-test-system.mjs [SUITE...]   only the parts those suites need (default: every part)
//
// For each part: already there → say so; missing and we are root (or have passwordless sudo) with apt-get →
// `apt-get update` once, then install every missing package in one go; otherwise stop with one line naming the
// exact command to run. Services (PostgreSQL, nginx) are not started here: each test starts its own on a free port
// in a temporary directory and stops it afterwards.
//
// Environment:
//   CHROMIUM=/path                 use that browser binary (only checked to be executable, never installed)
//   KAFE_SETUP_DRY_RUN=1           print what would be run, change nothing
//   KAFE_SETUP_PRETEND_MISSING=a,b treat those parts as missing (to try the install/refusal paths; use with DRY_RUN)
//   KAFE_SETUP_VERBOSE=1           stream apt-get's output instead of one progress line per command
//
// No dependencies: it runs before `npm install`/`npm ci` in CI. The planning logic is pure and exported for the
// unit test (test/unit/setupTestSystem.test.ts).
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * The system parts the suites use. One line per part:
 *   name     what it is called in messages (and in KAFE_SETUP_PRETEND_MISSING)
 *   detect   { path: '/abs/binary' } or { command: 'name' } (looked up with `command -v`);
 *            env: a variable that, when set, names the binary to use instead (then it is only checked, never installed)
 *   version  arguments that make the binary print its version (first x.y[.z] is shown), or omit
 *   packages the Debian package(s) that provide it
 *   suites   the vitest projects that need it (`node scripts/setup-test-system.mjs e2e` sets up only those)
 *
 * Coming suites add theirs here, e.g.:
 *   { name: 'postgresql', detect: { path: '/usr/lib/postgresql/15/bin/initdb' }, packages: ['postgresql'], suites: ['integration'] },
 *   { name: 'nginx', detect: { path: '/usr/sbin/nginx' }, version: ['-v'], packages: ['nginx-light'], suites: ['e2e'] },
 *   { name: 'libreoffice', detect: { command: 'soffice' }, version: ['--version'], packages: ['libreoffice-writer-nogui'], suites: ['e2e'] },
 *   { name: 'poppler-utils', detect: { command: 'pdftotext' }, version: ['-v'], packages: ['poppler-utils'], suites: ['e2e'] },
 * (Services are started by the tests themselves on free ports in temporary directories, never by this script.
 * Debian's postgresql package starts a cluster of its own on install; tests must not rely on or use it.)
 */
export const PARTS = [
  {
    name: 'chromium',
    detect: { path: '/usr/bin/chromium', env: 'CHROMIUM' },
    version: ['--version'],
    packages: ['chromium'],
    suites: ['e2e'],
  },
  // initdb and pg_ctl under /usr/lib/postgresql/<version>/bin (test/integration/pgCluster.ts finds the newest);
  // postgresql-common's pg_ctlcluster is on PATH whatever the version.
  { name: 'postgresql', detect: { command: 'pg_ctlcluster' }, packages: ['postgresql'], suites: ['integration'] },
  { name: 'nginx', detect: { path: '/usr/sbin/nginx' }, version: ['-v'], packages: ['nginx'], suites: ['integration'] },
  // The harvest e2e test lays the Word report out as a PDF (LibreOffice) and reads its pages (pdftotext).
  { name: 'libreoffice', detect: { command: 'soffice' }, packages: ['libreoffice-writer-nogui'], suites: ['e2e'] },
  { name: 'poppler-utils', detect: { command: 'pdftotext' }, packages: ['poppler-utils'], suites: ['e2e'] },
];

export const APT_OPTIONS = ['-o', 'DPkg::Lock::Timeout=300', '-q'];

/** The parts the given suites need (all parts when no suite is named). */
export function partsFor(suites, parts = PARTS) {
  if (suites.length === 0) return parts;
  return parts.filter((p) => p.suites.some((s) => suites.includes(s)));
}

/** Where a part's binary is looked for: its env override when set, else its detect path or command. */
export function whereToLook(part, env) {
  const override = part.detect.env ? env[part.detect.env] : undefined;
  if (override) return { path: override, override: `${part.detect.env}=${override}` };
  if (part.detect.path) return { path: part.detect.path };
  return { command: part.detect.command };
}

/** The command a user should run to install `packages` (with sudo unless already root). */
export function manualCommand(packages, root) {
  const sudo = root ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`;
}

/**
 * Decides what to do, from what was found and what this user can do. Pure.
 * @param {object} input
 * @param {Array<typeof PARTS[number]>} input.parts   the parts wanted
 * @param {Record<string, {found: boolean, where?: string, override?: string, version?: string}>} input.detected by part name
 * @param {boolean} input.root     running as uid 0
 * @param {boolean} input.aptGet   apt-get is on this machine
 * @param {boolean} input.sudo     `sudo -n` works (passwordless, non-interactive)
 * @returns {{ present: string[], missing: string[], action: 'none' | 'install' | 'fail', packages: string[],
 *             commands: string[][], message?: string }}
 *   commands: the argv of each command to run, in order (apt-get update once, then one install of every package)
 */
export function plan({ parts, detected, root, aptGet, sudo }) {
  const present = parts.filter((p) => detected[p.name]?.found).map((p) => p.name);
  const missingParts = parts.filter((p) => !detected[p.name]?.found);
  const missing = missingParts.map((p) => p.name);
  const packages = [...new Set(missingParts.flatMap((p) => p.packages))];
  const result = { present, missing, packages, commands: [] };
  if (missingParts.length === 0) return { ...result, action: 'none' };

  // A binary named by an env variable is the user's choice: installing the Debian package would not change it.
  const badOverride = missingParts.find((p) => detected[p.name]?.override);
  if (badOverride) {
    const d = detected[badOverride.name];
    const message =
      `test system: ${d.override} is not an executable file; point ${badOverride.detect.env} at a ${badOverride.name} binary, ` +
      `or unset it to use Debian's (${manualCommand(badOverride.packages, root)})`;
    return { ...result, action: 'fail', message };
  }
  if (!aptGet) {
    const message =
      `test system: missing ${missing.join(', ')} and no apt-get here to install ${missing.length > 1 ? 'them' : 'it'}; ` +
      `install Debian's ${packages.join(' ')} (or your system's equivalent)` +
      missingParts
        .filter((p) => p.detect.env)
        .map((p) => `, or set ${p.detect.env}=/path/to/${p.name}`)
        .join('');
    return { ...result, action: 'fail', message };
  }
  if (!root && !sudo) {
    const message =
      `test system: missing ${missing.join(', ')} and this user cannot install ${missing.length > 1 ? 'them' : 'it'} ` +
      `(not root, no passwordless sudo). Run: ${manualCommand(packages, false)}`;
    return { ...result, action: 'fail', message };
  }
  const prefix = root ? [] : ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive'];
  const commands = [
    [...prefix, 'apt-get', ...APT_OPTIONS, 'update'],
    [...prefix, 'apt-get', ...APT_OPTIONS, 'install', '-y', ...packages],
  ];
  return { ...result, action: 'install', commands };
}

/** "0.0 s" under ten seconds, whole seconds above. */
export function formatSeconds(ms) {
  const s = ms / 1000;
  return s < 10 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}

/**
 * The closing line. Pure.
 * @param {{ present: Array<{name: string, version?: string}>, installed: Array<{name: string, version?: string}>, ms: number }} r
 */
export function summary({ present, installed, ms }) {
  const label = (p) => (p.version ? `${p.name} ${p.version}` : p.name);
  const time = formatSeconds(ms);
  if (installed.length === 0 && present.length === 0) return `test system: nothing needed (${time})`;
  if (installed.length === 0) return `test system: ${present.map(label).join(', ')} already there (${time})`;
  const there = present.length ? `; ${present.map(label).join(', ')} already there` : '';
  return `test system: installed ${installed.map(label).join(', ')} in ${time}${there}`;
}

/** First x.y[.z…] in a version banner, e.g. "Chromium 136.0.7103.113 built on Debian…" → "136.0.7103.113". */
export function parseVersion(text) {
  return /\d+(?:\.\d+)+/.exec(text)?.[0];
}

// ---- Effects: detection, installation, main ----

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function commandPath(name) {
  const res = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', name], { encoding: 'utf8' });
  const out = res.status === 0 ? res.stdout.trim() : '';
  return out || undefined;
}

function versionOf(path, args) {
  if (!args) return undefined;
  const res = spawnSync(path, args, { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return parseVersion(`${res.stdout ?? ''}\n${res.stderr ?? ''}`);
}

/** Looks for one part on this machine. */
export function detect(part, env = process.env) {
  const pretend = (env.KAFE_SETUP_PRETEND_MISSING ?? '').split(',').map((s) => s.trim());
  const look = whereToLook(part, env);
  const where = look.path ?? (look.command ? commandPath(look.command) : undefined);
  const found = !pretend.includes(part.name) && where !== undefined && isExecutable(where);
  return { found, where, override: look.override, version: found ? versionOf(where, part.version) : undefined };
}

function canSudo() {
  const res = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 10_000 });
  return res.status === 0;
}

/** Runs one command; output is kept (and shown only on failure) unless verbose. Resolves to { code, output }. */
function runCommand(argv, verbose) {
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', verbose ? 'inherit' : 'pipe', verbose ? 'inherit' : 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', (err) => resolve({ code: 127, output: `${output}${err.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

async function main(argv, env) {
  const started = Date.now();
  const dryRun = env.KAFE_SETUP_DRY_RUN === '1';
  const verbose = env.KAFE_SETUP_VERBOSE === '1';
  const parts = partsFor(argv);
  const detectAll = () => Object.fromEntries(parts.map((p) => [p.name, detect(p, env)]));
  const detected = detectAll();
  const root = process.getuid?.() === 0;
  const aptGet = commandPath('apt-get') !== undefined;
  const missingNow = parts.some((p) => !detected[p.name].found);
  const sudo = missingNow && !root && aptGet && canSudo();
  const p = plan({ parts, detected, root, aptGet, sudo });
  const partsNamed = (names) => parts.filter((x) => names.includes(x.name));

  if (p.action === 'none') {
    console.log(
      summary({
        present: partsNamed(p.present).map((x) => ({ name: x.name, version: detected[x.name].version })),
        installed: [],
        ms: Date.now() - started,
      }),
    );
    return 0;
  }
  if (p.action === 'fail') {
    console.error(`\n${p.message}\n`);
    return 1;
  }
  console.log(
    `test system: ${dryRun ? 'would install' : 'installing'} ${p.missing.join(', ')} (Debian: ${p.packages.join(' ')}) with apt-get${root ? '' : ' via sudo -n'}…`,
  );
  for (const cmd of p.commands) {
    const shown = cmd.join(' ');
    if (dryRun) {
      console.log(`test system: would run: ${shown}`);
      continue;
    }
    const t0 = Date.now();
    console.log(`test system: ${shown}`);
    let res = await runCommand(cmd, verbose);
    // dpkg's lock waits through DPkg::Lock::Timeout; apt's lists lock (update) is retried here for as long.
    while (res.code !== 0 && /Could not get lock|Unable to lock/i.test(res.output) && Date.now() - t0 < 300_000) {
      console.log('test system:   apt is busy (another install?), waiting…');
      await new Promise((r) => setTimeout(r, 5_000));
      res = await runCommand(cmd, verbose);
    }
    if (res.code !== 0) {
      const tail = res.output.trimEnd().split('\n').slice(-30).join('\n');
      if (tail) console.error(tail);
      console.error(
        `\ntest system: '${shown}' failed (exit ${res.code}) after ${formatSeconds(Date.now() - t0)}; run it by hand to see why, then npm test again\n`,
      );
      return 1;
    }
    console.log(`test system:   done in ${formatSeconds(Date.now() - t0)}`);
  }
  if (dryRun) {
    console.log('test system: dry run, nothing installed');
    return 0;
  }
  const after = detectAll();
  const still = parts.filter((x) => !after[x.name].found);
  if (still.length) {
    const where = still
      .map((x) => `${x.name} (looked for ${after[x.name].where ?? x.detect.command ?? x.detect.path})`)
      .join(', ');
    console.error(`\ntest system: installed ${p.packages.join(' ')} but still missing: ${where}\n`);
    return 1;
  }
  const info = (names) => partsNamed(names).map((x) => ({ name: x.name, version: after[x.name].version }));
  console.log(summary({ present: info(p.present), installed: info(p.missing), ms: Date.now() - started }));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), process.env);
}
