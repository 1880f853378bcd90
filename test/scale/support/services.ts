import { execFileSync } from 'node:child_process';
import { Redis } from 'ioredis';
import { POSTGRES_URL, REDIS_URL, postgresReachable } from '../../support/backends.js';

export { POSTGRES_URL, REDIS_URL };

/** Under CI a missing service or tool is a failure, never a silent skip. */
export const MUST_RUN = process.env.CI !== undefined && process.env.CI !== '';

const postgresUp = () => postgresReachable(5000);

async function redisUp(): Promise<boolean> {
  const r = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 5000, commandTimeout: 5000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on('error', () => {});
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
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
 * Decides whether a scale suite runs. Everything present: true. Something missing: under CI, throws (the
 * suite must fail); elsewhere prints why and returns false (the suite is skipped).
 */
/** A probe answered true once in up to three tries (a loaded machine can be slow to answer the first). */
async function eventuallyUp(probe: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 3; i++) if (await probe()) return true;
  return false;
}

export async function canRun(suite: string, needs: { postgres?: boolean; redis?: boolean; commands?: readonly string[] }): Promise<boolean> {
  const missing: string[] = [];
  if (needs.postgres && !(await eventuallyUp(postgresUp))) missing.push(`PostgreSQL at ${POSTGRES_URL}`);
  if (needs.redis && !(await eventuallyUp(redisUp))) missing.push(`Redis at ${REDIS_URL}`);
  for (const c of needs.commands ?? []) if (!hasCommand(c)) missing.push(`the \`${c}\` command`);
  if (missing.length === 0) return true;
  const why = `${suite}: needs ${missing.join(', ')}`;
  if (MUST_RUN) throw new Error(`${why}, and CI is set: this suite must run`);
  console.warn(`[skip] ${why}; skipping (set CI=1 to make this a failure)`);
  return false;
}
