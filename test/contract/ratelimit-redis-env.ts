import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

/** Test helpers for the Redis-backed limiter suites: where Redis is, and whether a suite may skip it. */

export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Under CI a missing Redis is a failure, never a silent skip. */
export const mustRunRedis = process.env.CI !== undefined && process.env.CI !== '';

/** A client that gives up quickly, for probing and for test assertions. */
export function testRedis(url: string = redisUrl): Redis {
  return new Redis(url, { lazyConnect: true, connectTimeout: 500, maxRetriesPerRequest: 0, retryStrategy: () => null });
}

/** Whether Redis answers PING at `url`. */
export async function redisReachable(url: string = redisUrl): Promise<boolean> {
  const client = testRedis(url);
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * Decides whether a Redis-dependent suite runs: returns true to run, false to skip (after printing why).
 * Under CI it returns true even when the dependency is missing, so the suite fails loudly instead.
 */
export function runOrExplainSkip(available: boolean, what: string): boolean {
  if (available || mustRunRedis) return true;
  console.log(`[skip] ${what} is not available; skipping its tests (set CI=1 to make this a failure)`);
  return false;
}

/** A key prefix no other test or run shares. */
export function uniquePrefix(label: string): string {
  return `kw:rltest:${label}:${randomBytes(6).toString('hex')}:`;
}

/** Keys under `prefix` whose TTL is -1 (no expiry). */
export async function keysWithoutTtl(client: Redis, prefix: string): Promise<string[]> {
  const keys = await scanKeys(client, prefix);
  const ttls = await Promise.all(keys.map((key) => client.pttl(key)));
  return keys.filter((_, i) => ttls[i] === -1);
}

/** Every key under `prefix`. */
export async function scanKeys(client: Redis, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys;
}

/** Whether an executable is on PATH. */
export function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A TCP port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until `check` holds, polling every 50 ms, for at most `timeoutMs`; returns whether it held. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A disposable redis-server on a fixed port that can be killed, frozen and started again. */
export async function aRedisServer(): Promise<{
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  signal(signal: 'SIGSTOP' | 'SIGCONT'): void;
}> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  return {
    url: `redis://127.0.0.1:${port}`,
    start: () =>
      new Promise<void>((resolve, reject) => {
        const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
        const started = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'inherit'] });
        child = started;
        started.once('error', reject);
        started.once('exit', (code) => reject(new Error(`redis-server exited early (${String(code)})`)));
        let output = '';
        started.stdout?.on('data', (chunk: Buffer) => {
          if (output.length < 1_000_000) output += chunk.toString();
          if (output.includes('Ready to accept connections')) resolve();
        });
      }),
    stop: async () => {
      const running = child;
      child = undefined;
      if (running === undefined || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGCONT');
      running.kill('SIGKILL');
      await exited;
    },
    signal: (signal) => {
      child?.kill(signal);
    },
  };
}
