import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/process.js';

/** The machine's own Node when it is older than 22.12 (these machines ship Node 20; CI puts 24 first on PATH). */
const OLD_NODE = ['/usr/bin/node', '/usr/local/bin/node'].find((bin) => {
  if (!existsSync(bin)) return false;
  const v = spawnSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim().split('.').map(Number);
  return v[0] < 22 || (v[0] === 22 && v[1] < 12);
});

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });

describe('on a Node.js older than 22.12', () => {
  it('the check names the version needed in one line and exits 1', () => {
    const r = run(process.execPath, ['--input-type=module', '-e', "import { checkNode } from './bin/check-node.js'; checkNode('keyward', '20.20.2')"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('keyward: needs Node.js 22.12 or newer (24 LTS recommended); this is Node.js 20.20.2\n');
    expect(
      run(process.execPath, [
        '--input-type=module',
        '-e',
        "import { checkNode } from './bin/check-node.js'; checkNode('keyward', '22.12.0'); checkNode('keyward', '24.0.0')",
      ]).status,
    ).toBe(0);
  });

  describe.runIf(OLD_NODE)(`with the machine's ${OLD_NODE} first on PATH`, () => {
    const env = { ...process.env, PATH: `${OLD_NODE!.replace(/\/node$/, '')}:${process.env.PATH}` };

    it('`keyward` stops with that line before loading anything native', () => {
      const r = run(OLD_NODE!, ['bin/keyward.js', 'serve']);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^keyward: needs Node\.js 22\.12 or newer \(24 LTS recommended\); this is Node\.js \d+\.\d+\.\d+\n$/);
    });

    it('`npm start` stops at once with that line (npm adds its own), no stack trace, no build', () => {
      const started = Date.now();
      const r = run('npm', ['start'], env);
      expect(r.status).not.toBe(0);
      expect(Date.now() - started).toBeLessThan(15_000);
      const ours = r.stderr.split('\n').filter((l) => l.startsWith('keyward:'));
      expect(ours).toEqual([expect.stringMatching(/^keyward: needs Node\.js 22\.12 or newer .*this is Node\.js 2[01]\./)]);
      expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
      expect(r.stdout).not.toContain('building');
    });
  });
});
