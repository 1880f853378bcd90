import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { Redis } from 'ioredis';

/**
 * Where the tests find their services, and what happens when one is missing. One name per setting:
 * TEST_DATABASE_URL (PostgreSQL) and TEST_REDIS_URL (Redis); CI set (to anything but '') makes a missing
 * service or tool a failure, elsewhere its suites are skipped with a message.
 */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Under CI a missing service or tool is a failure, never a silent skip. */
export const IN_CI = process.env.CI !== undefined && process.env.CI !== '';

/** A Redis client that gives up quickly, for probing and for test assertions. */
export function testRedis(url: string = REDIS_URL, timeoutMs = 500): Redis {
  return new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, commandTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null });
}

/** Whether Redis answers PING at `url`. */
export async function redisReachable(url: string = REDIS_URL, timeoutMs = 500): Promise<boolean> {
  const client = testRedis(url, timeoutMs);
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

/** Whether PostgreSQL answers a query at POSTGRES_URL. */
export async function postgresReachable(timeoutMs = 5000): Promise<boolean> {
  const c = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: timeoutMs });
  try {
    await c.connect();
    await c.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

/** Whether an executable is on PATH (or is an existing absolute path). */
export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Decides whether a suite whose service is `available` runs: true to run. Missing: under CI, true as well
 * (the suite then fails loudly); elsewhere prints why and returns false (the suite is skipped).
 */
export function runOrExplainSkip(available: boolean, what: string): boolean {
  if (available || IN_CI) return true;
  console.warn(`[skip] ${what} is not available; skipping its tests (set CI=1 to make this a failure)`);
  return false;
}

/** A probe answered true once in up to three tries (a loaded machine can be slow to answer the first). */
async function eventuallyUp(probe: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 3; i++) if (await probe()) return true;
  return false;
}

/**
 * Decides whether a suite that needs services and tools runs. Everything present: true. Something missing:
 * under CI, throws (the suite must fail); elsewhere prints why and returns false (the suite is skipped).
 */
export async function canRun(suite: string, needs: { postgres?: boolean; redis?: boolean; commands?: readonly string[] }): Promise<boolean> {
  const missing: string[] = [];
  if (needs.postgres && !(await eventuallyUp(() => postgresReachable(5000)))) missing.push(`PostgreSQL at ${POSTGRES_URL}`);
  if (needs.redis && !(await eventuallyUp(() => redisReachable(REDIS_URL, 5000)))) missing.push(`Redis at ${REDIS_URL}`);
  for (const c of needs.commands ?? []) if (!hasCommand(c)) missing.push(`the \`${c}\` command`);
  if (missing.length === 0) return true;
  const why = `${suite}: needs ${missing.join(', ')}`;
  if (IN_CI) throw new Error(`${why}, and CI is set: this suite must run`);
  console.warn(`[skip] ${why}; skipping (set CI=1 to make this a failure)`);
  return false;
}
