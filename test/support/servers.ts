import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { call } from './http.js';
import { eventually } from './poll.js';
import { freePort } from './ports.js';
import { freshSchema } from './postgres-cluster.js';
import { type Session, setupOwner } from './workspace.js';

/** The repository root: server processes run from here, as `npm start` does. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Every setting a server reads, blanked, so a developer's own environment or `.env` (dotenv never
 * overrides a variable that is set, even to '') cannot leak into a test's servers.
 */
const BLANK: Record<string, string> = Object.fromEntries(
  [
    'DATABASE_URL',
    'REDIS_URL',
    'TRUST_PROXY',
    'KEYWARD_PEPPER',
    'RATE_LIMIT_PER_MINUTE',
    'RATE_LIMIT_PER_SECOND',
    'RATE_LIMIT_MINUTE_MS',
    'RATE_LIMIT_SECOND_MS',
    'FAILED_AUTH_PER_MINUTE',
    'MAX_ACTIVE_KEYS_PER_USER',
    'ALLOW_SIGNUP',
    'CORS_ORIGINS',
    'LAST_USED_FLUSH_MS',
    'SESSION_TTL_HOURS',
    'REDIS_KEY_PREFIX',
    'KEY_CACHE',
    'AUTH_VERSION_POLL_MS',
    'SMTP_URL',
    'SMTP_FROM',
    'PUBLIC_URL',
    'WEBHOOK_ALLOW_PRIVATE',
    'WEBHOOK_TIMEOUT_MS',
    'NOTIFY_INTERVAL_MS',
    'WEBHOOK_ENCRYPTION_KEY',
  ].map((k) => [k, '']),
);

/**
 * One Redis key prefix per test file: the servers of one file share their limits, and the address-based
 * limits (failed authentications from 127.0.0.1) of test files running at the same time stay apart.
 */
const REDIS_KEY_PREFIX = `kw:t${process.pid}-${Date.now().toString(36)}:`;

/** One `keyward` process (the real CLI, run by tsx) and what it printed. */
export interface ServerProcess {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  /** stdout and stderr, most recent last (bounded). */
  output(): string;
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>;
  /** SIGTERM (graceful), then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<number | null>;
}

/** Runs a `keyward` CLI command with `env` on top of the blanked settings (fast scrypt, quiet logs). */
export function spawnKeyward(
  args: readonly string[],
  env: Record<string, string>,
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...BLANK, SCRYPT_LOG_N: '10', LOG_LEVEL: 'warn', DATA_DIR: mkdtempSync(join(tmpdir(), 'keyward-scale-')), REDIS_KEY_PREFIX, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (c: Buffer) => {
    out = (out + c.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  return { child, output: () => out, exited };
}

/** Runs a CLI command to completion (bounded) and returns its exit code and output. */
export async function runKeyward(args: readonly string[], env: Record<string, string>, timeoutMs = 30_000): Promise<{ code: number | null; output: string }> {
  const p = spawnKeyward(args, env);
  const timer = setTimeout(() => p.child.kill('SIGKILL'), timeoutMs);
  const code = await p.exited;
  clearTimeout(timer);
  return { code, output: p.output() };
}

/**
 * Starts `keyward serve` on a free port and waits (bounded) until /healthz answers; with `ready`, until
 * /readyz is 200, and with `redis`, until its limiter has reached Redis (a starting instance answers from
 * memory until its first connection, which would break cross-instance limits).
 */
export async function startServer(env: Record<string, string>, options: { ready?: boolean; redis?: boolean; timeoutMs?: number } = {}): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { child, output, exited } = spawnKeyward(['serve'], { HOST: '127.0.0.1', PORT: String(port), ...env });
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
  });
  const server: ServerProcess = {
    url,
    port,
    child,
    output,
    exited,
    async stop(graceMs = 5000) {
      if (exitCode !== undefined) return exitCode;
      child.kill('SIGCONT');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  const up = await eventually(
    async () => {
      if (exitCode !== undefined) throw new Error('exited');
      const health = await call(url, '/healthz', { timeoutMs: 1000 });
      if (health.status !== 200) return false;
      if (!options.ready && !options.redis) return true;
      const ready = await call(url, '/readyz', { timeoutMs: 1000 });
      return ready.status === 200 && (!options.redis || ready.body?.rate_limiter?.backend === 'redis');
    },
    { timeoutMs: options.timeoutMs ?? 40_000, everyMs: 100 },
  );
  if (!up) {
    await server.stop(1000);
    throw new Error(`keyward serve on port ${port} did not become ready (exit code ${String(exitCode)}):\n${output().slice(-4000)}`);
  }
  return server;
}

/**
 * Starts `count` servers with the same environment (plus per-instance extras); all or none. At once by
 * default; `oneAtATime` starts each after the previous is up, so no start competes for the CPU with another.
 */
export async function startServers(
  count: number,
  env: Record<string, string>,
  options: { ready?: boolean; redis?: boolean; oneAtATime?: boolean; timeoutMs?: number; perInstance?: (i: number) => Record<string, string> } = {},
): Promise<ServerProcess[]> {
  const start = (i: number) => startServer({ ...env, ...options.perInstance?.(i) }, options);
  const indexes = Array.from({ length: count }, (_, i) => i);
  let started: PromiseSettledResult<ServerProcess>[];
  if (options.oneAtATime) {
    started = [];
    for (const i of indexes) {
      started.push(
        await start(i).then(
          (value) => ({ status: 'fulfilled' as const, value }),
          (reason: unknown) => ({ status: 'rejected' as const, reason }),
        ),
      );
      if (started[i].status === 'rejected') break;
    }
  } else {
    started = await Promise.allSettled(indexes.map(start));
  }
  const servers = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await stopAll(servers);
    throw failed.reason;
  }
  return servers;
}

/** Stops every server that started (tolerates a partial start). */
export async function stopAll(servers: readonly (ServerProcess | undefined)[]): Promise<void> {
  await Promise.all(servers.map((s) => s?.stop()));
}

/** Instances sharing one PostgreSQL schema, and the owner set up through the first. */
export interface Cluster {
  servers: ServerProcess[];
  urls: string[];
  owner: Session;
}

/**
 * `count` instances on a fresh PostgreSQL schema (DATABASE_URL; `env` besides), with a first owner, for the
 * tests of the enclosing describe block: started before its first test, stopped (the schema dropped) after its
 * last. The fields are filled in when they start.
 */
export function clusterForAllTests(label: string, count: number, env: Record<string, string>, options: Parameters<typeof startServers>[2] = {}): Cluster {
  const schema = freshSchema(label);
  const cluster: Cluster = { servers: [], urls: [], owner: undefined as unknown as Session };
  beforeAll(async () => {
    cluster.servers = await startServers(count, { DATABASE_URL: schema.url, ...env }, options);
    cluster.urls = cluster.servers.map((s) => s.url);
    cluster.owner = await setupOwner(cluster.urls[0]);
  });
  afterAll(async () => {
    await stopAll(cluster.servers);
    await schema.drop();
  });
  return cluster;
}
