/**
 * Cost of one Redis limiter decision as a function of the key's largest limit L:
 *
 *   REDIS_URL=redis://127.0.0.1:6379 npx tsx bench/micro/redis-limiter.ts
 *
 * The script before commit 7b22875 read the whole history (`LRANGE key 0 L-1`) and converted every entry,
 * so a key with a generous limit cost Redis time in proportion; the current one reads a few entries with
 * `LINDEX`. For each L (both rules get limit L), a fresh key's history is filled with L/2 timestamps 30 s
 * old (inside the minute window, so neither script may drop them), and both scripts are timed on copies;
 * the first line checks that both give the same replies over random steps. Every timed call is accepted or
 * refused. `hit()` is timed with 50 calls in flight, the way 50 connections drive it. Keys live under
 * `kw:bench:` and are deleted afterwards.
 */
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import type { LimitRule } from '../../src/ratelimit/limiter.js';
import { RedisRateLimiter } from '../../src/ratelimit/redis-limiter.js';
import { DECIDE_LRANGE_LUA } from '../experiments/redis-lrange.js';

const url = process.env.REDIS_URL;
if (!url) {
  console.error('set REDIS_URL (e.g. redis://127.0.0.1:6379)');
  process.exit(1);
}

const PREFIX = 'kw:bench:';

/** The script the limiter runs today, read from its source (it is not exported). */
function currentScript(): string {
  const src = readFileSync(new URL('../../src/ratelimit/redis-limiter.ts', import.meta.url), 'utf8');
  const m = /const DECIDE_LUA = `([\s\S]*?)`;/.exec(src);
  if (!m) throw new Error('DECIDE_LUA not found in src/ratelimit/redis-limiter.ts');
  return m[1];
}

const args = (rules: readonly LimitRule[], record: boolean) => [record ? '1' : '0', ...rules.flatMap((r) => [String(r.limit), String(r.windowMs)])];

/** µs per call of a raw script with 50 in flight, on a key prefilled like the limiter's. */
async function timeScript(client: Redis, script: string, key: string, rules: readonly LimitRule[]): Promise<number> {
  let issued = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (issued < CALLS) {
      issued++;
      await client.eval(script, 1, key, ...args(rules, true));
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return ((performance.now() - t0) * 1000) / CALLS;
}

/**
 * Runs both scripts through a random sequence of hits, peeks and pauses. At each step the current script
 * runs on the key, and the candidate on two copies of the key taken just before, once right before it and
 * once right after it, all in one MULTI: a millisecond may tick between two calls, hardly between three.
 * A step is equal when either candidate reply equals the current one.
 */
async function compareScripts(client: Redis, current: string, candidate: string): Promise<{ steps: number; unequal: number }> {
  const rules: LimitRule[] = [
    { name: 'minute', limit: 7, windowMs: 300 },
    { name: 'second', limit: 3, windowMs: 40 },
  ];
  const [a, before, after] = [`${PREFIX}cmp:a`, `${PREFIX}cmp:before`, `${PREFIX}cmp:after`];
  await client.del(a, before, after);
  let unequal = 0;
  const steps = 1500;
  for (let i = 0; i < steps; i++) {
    const x = args(rules, Math.random() < 0.85);
    await client.del(before, after);
    await client.copy(a, before);
    await client.copy(a, after);
    const r = await client
      .multi()
      .eval(candidate, 1, before, ...x)
      .eval(current, 1, a, ...x)
      .eval(candidate, 1, after, ...x)
      .exec();
    const [c1, cur, c2] = (r ?? []).map(([, reply]) => JSON.stringify(reply));
    if (cur !== c1 && cur !== c2) unequal++;
    if (Math.random() < 0.2) await new Promise((res) => setTimeout(res, Math.random() * 15));
  }
  await client.del(a, before, after);
  return { steps, unequal };
}
const IN_FLIGHT = 50;
const CALLS = 4000;

async function timeHits(limiter: RedisRateLimiter, key: string, rules: readonly LimitRule[]): Promise<number> {
  let issued = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (issued < CALLS) {
      issued++;
      await limiter.hit(key, rules);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return ((performance.now() - t0) * 1000) / CALLS;
}

async function main(): Promise<void> {
  const client = new Redis(url!);
  const limiter = new RedisRateLimiter({ client, keyPrefix: PREFIX, closeClient: false });
  const current = currentScript();
  const same = await compareScripts(client, current, DECIDE_LRANGE_LUA);
  console.log(`previous LRANGE script vs current script: ${same.unequal} of ${same.steps} random steps with a different reply\n`);
  console.log('limit L (history L/2 in the window)   µs per hit, current (limiter.hit)   µs per call, previous LRANGE script (raw eval)');
  try {
    for (const L of [10, 100, 1000, 10_000, 100_000]) {
      const key = `L${L}`;
      const rules: LimitRule[] = [
        { name: 'minute', limit: L, windowMs: 60_000 },
        { name: 'second', limit: L, windowMs: 1_000 },
      ];
      // Half the limit, 30 s old: inside the minute window, so neither script may drop it.
      const old = Date.now() - 30_000;
      const n = Math.max(1, Math.floor(L / 2));
      await client.del(PREFIX + key);
      for (let i = 0; i < n; i += 10_000) {
        const chunk = Array.from({ length: Math.min(10_000, n - i) }, () => String(old));
        await client.lpush(PREFIX + key, ...chunk);
      }
      await client.pexpire(PREFIX + key, 60_000);
      const us = await timeHits(limiter, key, rules);
      await client.copy(PREFIX + key, `${PREFIX}${key}:c`);
      const candidateUs = await timeScript(client, DECIDE_LRANGE_LUA, `${PREFIX}${key}:c`, rules);
      console.log(`${String(L).padStart(33)}   ${us.toFixed(1).padStart(33)}   ${candidateUs.toFixed(1).padStart(42)}`);
      await client.del(PREFIX + key, `${PREFIX}${key}:c`);
    }
  } finally {
    await client.quit();
  }
}

await main();
