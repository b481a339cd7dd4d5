// The test-system setup step (scripts/setup-test-system.mjs) that `npm test` and .ci/run run first: what it plans
// from what it found and who runs it, and what it prints. Pure logic only; nothing is installed here.
import { describe, expect, it } from 'vitest';
import {
  PARTS,
  detect,
  parseVersion,
  partsFor,
  plan,
  summary,
  whereToLook,
  type Part,
} from '../../scripts/setup-test-system.mjs';

const chromium: Part = {
  name: 'chromium',
  detect: { path: '/usr/bin/chromium', env: 'CHROMIUM' },
  version: ['--version'],
  packages: ['chromium'],
  suites: ['e2e'],
};
const pg: Part = {
  name: 'postgresql',
  detect: { command: 'initdb' },
  packages: ['postgresql'],
  suites: ['integration'],
};
const nginx: Part = { name: 'nginx', detect: { path: '/usr/sbin/nginx' }, packages: ['nginx-light'], suites: ['e2e'] };
const parts = [chromium, pg, nginx];
const who = { root: true, aptGet: true, sudo: false };

describe('the parts list', () => {
  it('has Chromium for the e2e suite, PostgreSQL and nginx for the integration suite, from Debian', () => {
    expect(PARTS.map((p) => p.name)).toEqual(expect.arrayContaining(['chromium', 'postgresql', 'nginx']));
    expect(PARTS.find((p) => p.name === 'postgresql')).toMatchObject({
      packages: ['postgresql'],
      suites: ['integration'],
    });
    expect(PARTS.find((p) => p.name === 'nginx')).toMatchObject({ packages: ['nginx'], suites: ['integration'] });
    expect(PARTS.find((p) => p.name === 'chromium')).toMatchObject({
      packages: ['chromium'],
      suites: ['e2e'],
      detect: { path: '/usr/bin/chromium', env: 'CHROMIUM' },
    });
  });

  it('picks the parts of the named suites, or all', () => {
    expect(partsFor([], parts)).toEqual(parts);
    expect(partsFor(['e2e'], parts)).toEqual([chromium, nginx]);
    expect(partsFor(['unit'], parts)).toEqual([]);
  });

  it('looks where CHROMIUM says when set, else at the default path or command', () => {
    expect(whereToLook(chromium, {})).toEqual({ path: '/usr/bin/chromium' });
    expect(whereToLook(chromium, { CHROMIUM: '/opt/c/chrome' })).toEqual({
      path: '/opt/c/chrome',
      override: 'CHROMIUM=/opt/c/chrome',
    });
    expect(whereToLook(pg, { CHROMIUM: '/x' })).toEqual({ command: 'initdb' });
  });

  it('finds a command on PATH and honours KAFE_SETUP_PRETEND_MISSING', () => {
    const sh: Part = { name: 'sh', detect: { command: 'sh' }, packages: ['dash'], suites: ['unit'] };
    expect(detect(sh, { PATH: process.env.PATH })).toMatchObject({ found: true });
    expect(detect(sh, { PATH: process.env.PATH, KAFE_SETUP_PRETEND_MISSING: 'x,sh' }).found).toBe(false);
    expect(detect({ ...sh, detect: { command: 'no-such-binary-kafe' } }).found).toBe(false);
  });
});

describe('plan', () => {
  it('does nothing when everything is there', () => {
    const p = plan({
      parts,
      detected: { chromium: { found: true }, postgresql: { found: true }, nginx: { found: true } },
      ...who,
    });
    expect(p).toMatchObject({
      action: 'none',
      present: ['chromium', 'postgresql', 'nginx'],
      missing: [],
      commands: [],
    });
  });

  it('as root: apt-get update once, then one install of every missing package', () => {
    const p = plan({
      parts,
      detected: { chromium: { found: false }, postgresql: { found: true }, nginx: { found: false } },
      ...who,
    });
    expect(p.action).toBe('install');
    expect(p.missing).toEqual(['chromium', 'nginx']);
    expect(p.commands).toEqual([
      ['apt-get', '-o', 'DPkg::Lock::Timeout=300', '-q', 'update'],
      ['apt-get', '-o', 'DPkg::Lock::Timeout=300', '-q', 'install', '-y', 'chromium', 'nginx-light'],
    ]);
  });

  it('not root but with passwordless sudo: the same through sudo -n, keeping apt non-interactive', () => {
    const p = plan({
      parts: [chromium],
      detected: { chromium: { found: false } },
      root: false,
      aptGet: true,
      sudo: true,
    });
    expect(p.action).toBe('install');
    expect(p.commands.map((c) => c.join(' '))).toEqual([
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -q update',
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -q install -y chromium',
    ]);
  });

  it('not root and no sudo: stops with one line naming the exact command', () => {
    const p = plan({
      parts: [chromium],
      detected: { chromium: { found: false } },
      root: false,
      aptGet: true,
      sudo: false,
    });
    expect(p.action).toBe('fail');
    expect(p.commands).toEqual([]);
    expect(p.message).not.toContain('\n');
    expect(p.message).toContain('Run: sudo apt-get update && sudo apt-get install -y chromium');
  });

  it('a CHROMIUM that is not executable is the user’s to fix, not installed over', () => {
    const p = plan({ parts: [chromium], detected: { chromium: { found: false, override: 'CHROMIUM=/nope' } }, ...who });
    expect(p.action).toBe('fail');
    expect(p.message).toContain('CHROMIUM=/nope is not an executable file');
  });

  it('without apt-get: says what to install and how to point at another binary', () => {
    const p = plan({
      parts: [chromium],
      detected: { chromium: { found: false } },
      root: true,
      aptGet: false,
      sudo: false,
    });
    expect(p.action).toBe('fail');
    expect(p.message).toContain("Debian's chromium");
    expect(p.message).toContain('CHROMIUM=/path/to/chromium');
  });
});

describe('what it prints', () => {
  it('a closing line with versions and time', () => {
    expect(summary({ present: [{ name: 'chromium', version: '136.0.7103.113' }], installed: [], ms: 40 })).toBe(
      'test system: chromium 136.0.7103.113 already there (0.0 s)',
    );
    expect(summary({ present: [], installed: [{ name: 'chromium', version: '136.0' }], ms: 84_300 })).toBe(
      'test system: installed chromium 136.0 in 84 s',
    );
    expect(summary({ present: [{ name: 'nginx' }], installed: [{ name: 'chromium' }], ms: 5_250 })).toBe(
      'test system: installed chromium in 5.3 s; nginx already there',
    );
    expect(summary({ present: [], installed: [], ms: 1 })).toBe('test system: nothing needed (0.0 s)');
  });

  it('reads a version out of a banner', () => {
    expect(parseVersion('Chromium 136.0.7103.113 built on Debian 12.11, running on Debian 12.11')).toBe(
      '136.0.7103.113',
    );
    expect(parseVersion('nginx version: nginx/1.22.1')).toBe('1.22.1');
    expect(parseVersion('no version')).toBeUndefined();
  });
});
