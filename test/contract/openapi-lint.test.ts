import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedDocument } from '../support/openapi.js';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

/** Runs a linter; its exit code is ours to judge, so a non-zero exit is returned, not thrown. */
async function lint(cmd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(cmd, args, {
      cwd: ROOT,
      maxBuffer: 32 * 1024 * 1024,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : 1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

describe('/openapi.json passes third-party linters with no error and no warning', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'keyward-openapi-'));
    file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(await servedDocument(), null, 2));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('Redocly (recommended, with the rules redocly.yaml turns off and why)', async () => {
    const res = await lint(bin('redocly'), ['lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format', 'json']);
    const report = JSON.parse(res.stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(res.code).toBe(0);
  }, 120_000);

  it('Spectral (spectral:oas, every severity down to hint fails)', async () => {
    const out = join(dir, 'spectral.json');
    const res = await lint(bin('spectral'), [
      'lint',
      file,
      '--ruleset',
      join(ROOT, '.spectral.yaml'),
      '--fail-severity',
      'hint',
      '--format',
      'json',
      '--output',
      out,
    ]);
    const results = JSON.parse(readFileSync(out, 'utf8')) as { code: string; message: string; path: string[] }[];
    expect(results.map((r) => `${r.code}: ${r.message} at ${r.path.join('.')}`)).toEqual([]);
    expect(res.code, `${res.stdout}\n${res.stderr}`).toBe(0);
  }, 120_000);
});
