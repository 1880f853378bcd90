import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/process.js';
import { SERVE_COMMAND } from './support.js';

/**
 * No container engine runs where this suite runs, so the Dockerfile and deploy/compose.yaml are checked
 * for what can be checked without building them (docs/deploy.md says the image was not built here).
 */
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function instructions(): { op: string; args: string }[] {
  return read('Dockerfile')
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [op, ...rest] = l.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

/** Every environment variable src/config.ts reads (`env.NAME`, `int(env, 'NAME', …)` and the like). */
function configNames(): Set<string> {
  const source = read('src/config.ts');
  return new Set([...source.matchAll(/env\.([A-Z][A-Z0-9_]*)|\(env, '([A-Z][A-Z0-9_]*)'/g)].map((m) => m[1] ?? m[2]));
}

describe('the Dockerfile', () => {
  const steps = instructions();
  const ignored = read('.dockerignore')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

  it('copies only files that exist and that .dockerignore lets into the build context', () => {
    const copies = steps.filter((s) => s.op === 'COPY' && !s.args.startsWith('--from='));
    expect(copies.length).toBeGreaterThan(5);
    for (const { args } of copies) {
      const sources = args.split(/\s+/).slice(0, -1);
      for (const source of sources) {
        expect(existsSync(join(ROOT, source)), `COPY ${source}`).toBe(true);
        expect(ignored, `COPY ${source} is excluded by .dockerignore`).not.toContain(source.replace(/\/$/, '').split('/')[0]);
      }
    }
  });

  it('copies from stages it defines, all on a Node 24 slim base', () => {
    const stages = steps.filter((s) => s.op === 'FROM').map((s) => /\bAS\s+(\S+)/i.exec(s.args)?.[1]);
    for (const { args } of steps.filter((s) => s.op === 'COPY' && s.args.startsWith('--from='))) {
      expect(stages).toContain(/^--from=(\S+)/.exec(args)![1]);
    }
    expect(steps.find((s) => s.op === 'ARG')?.args).toBe('NODE_IMAGE=node:24-slim');
    for (const from of steps.filter((s) => s.op === 'FROM')) expect(from.args).toMatch(/^\$\{NODE_IMAGE\}( AS \S+)?$/);
  });

  it('runs as the packed-install test does: CMD is `keyward serve` (what it runs through npx), from node_modules/.bin', () => {
    const cmd = steps.filter((s) => s.op === 'CMD').at(-1)!;
    expect(JSON.parse(cmd.args)).toEqual([...SERVE_COMMAND]);
    expect(steps.some((s) => s.op === 'RUN' && s.args.includes('npm install --omit=dev') && s.args.includes('keyward.tgz'))).toBe(true);
    expect(steps.find((s) => s.op === 'ENV')?.args).toContain('PATH=/app/node_modules/.bin:$PATH');
  });

  it('runs as a non-root user, on 0.0.0.0, with /data as a volume, health-checked on /readyz', () => {
    const last = steps.slice(steps.map((s) => s.op).lastIndexOf('FROM'));
    const user = last.find((s) => s.op === 'USER')?.args;
    expect(user && user !== 'root' && user !== '0').toBe(true);
    const env = last.find((s) => s.op === 'ENV')!.args;
    expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/);
    expect(env).toMatch(/\bDATA_DIR=\/data\b/);
    expect(last.find((s) => s.op === 'VOLUME')?.args).toBe('["/data"]');
    expect(last.find((s) => s.op === 'HEALTHCHECK')?.args).toContain('/readyz');
    // The variables it sets are Keyward's own (or Node's).
    const names = [...env.matchAll(/(?:^|\s)([A-Z][A-Z0-9_]*)=/g)].map((m) => m[1]).filter((n) => n !== 'NODE_ENV' && n !== 'PATH');
    for (const name of names) expect(configNames(), name).toContain(name);
  });
});

describe('deploy/compose.yaml', () => {
  const compose = parse(read('deploy/compose.yaml'), { merge: true }) as {
    services: Record<string, { image?: string; build?: unknown; network_mode?: string; environment?: Record<string, string>; volumes?: string[] }>;
  };
  const keyward = Object.entries(compose.services).filter(([, s]) => s.image === 'keyward:local');

  it('runs three Keyward instances, PostgreSQL, Redis and nginx', () => {
    expect(keyward.map(([name]) => name)).toHaveLength(3);
    expect(Object.values(compose.services).map((s) => s.image?.split(':')[0])).toEqual(expect.arrayContaining(['nginx', 'postgres', 'redis']));
  });

  it('gives Keyward only variables src/config.ts reads', () => {
    const names = configNames();
    expect(names.size).toBeGreaterThan(20);
    for (const [service, s] of keyward) for (const name of Object.keys(s.environment ?? {})) expect(names, `${service}: ${name}`).toContain(name);
  });

  it("puts each instance where deploy/nginx.conf's upstream looks for it", () => {
    const upstream = [...read('deploy/nginx.conf').matchAll(/^\s*server 127\.0\.0\.1:(\d+)/gm)].map((m) => m[1]);
    const ports = keyward.map(([, s]) => s.environment?.PORT);
    expect(ports.sort()).toEqual(upstream.sort());
    for (const [, s] of keyward) {
      expect(s.network_mode).toBe('service:nginx');
      expect(s.environment?.TRUST_PROXY).toBe('127.0.0.1');
    }
    expect(compose.services.nginx.volumes).toContain('./nginx.conf:/etc/nginx/conf.d/default.conf:ro');
  });
});
