import { afterAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { ManualClock } from '../../src/clock.js';
import type { LimitDecision, LimitRule, RateLimiter } from '../../src/ratelimit/limiter.js';
import { MemoryRateLimiter } from '../../src/ratelimit/memory-limiter.js';
import { RedisRateLimiter } from '../../src/ratelimit/redis-limiter.js';
import { REDIS_URL, redisReachable, runOrExplainSkip, testRedis } from '../support/env.js';
import { keysWithoutTtl, scanKeys, uniquePrefix } from '../support/redis.js';

/**
 * One behavioural suite for every RateLimiter backend. Windows are short so that Redis, which takes its
 * time from the server, runs in real time; the memory backend runs the same script on a ManualClock.
 */

/** Time scale: Redis runs in real time, so windows are long enough that a loaded CI machine cannot slide them mid-test. */
const T = 4;
const minute: LimitRule = { name: 'minute', limit: 10, windowMs: 1000 * T };
const second: LimitRule = { name: 'second', limit: 3, windowMs: 200 * T };
const rules = [minute, second];

interface Harness {
  readonly limiter: RateLimiter;
  /** Whether `pass()` is exact (manual clock) rather than a real sleep of at least that long. */
  readonly exactTime: boolean;
  /** Lets `ms` pass. */
  pass(ms: number): Promise<void>;
  /** How many keys this harness's limiter stores. */
  storedKeys(): Promise<number>;
}

interface Backend {
  readonly name: string;
  open(): Promise<Harness>;
  /** Stored keys (across the whole suite) that would never expire. */
  keysWithoutTtl(): Promise<string[]>;
  closeAll(): Promise<void>;
}

function memoryBackend(): Backend {
  const limiters: MemoryRateLimiter[] = [];
  return {
    name: 'memory',
    async open() {
      const clock = new ManualClock();
      const limiter = new MemoryRateLimiter({ clock, sweepIntervalMs: 0 });
      limiters.push(limiter);
      return {
        limiter,
        exactTime: true,
        pass: async (ms) => clock.advance(ms),
        storedKeys: async () => limiter.size,
      };
    },
    keysWithoutTtl: async () => [],
    closeAll: async () => {
      await Promise.all(limiters.map((limiter) => limiter.close()));
    },
  };
}

function redisBackend(): Backend {
  const suitePrefix = uniquePrefix('contract');
  let client: Redis | undefined;
  let opened = 0;
  const connected = async (): Promise<Redis> => {
    if (client !== undefined) return client;
    client = testRedis();
    client.on('error', () => {});
    await client.connect().catch((error: unknown) => {
      throw new Error(`Redis at ${REDIS_URL} is required under CI but unreachable: ${String(error)}`);
    });
    return client;
  };
  return {
    name: 'redis',
    async open() {
      const shared = await connected();
      const keyPrefix = `${suitePrefix}${opened++}:`;
      const limiter = new RedisRateLimiter({ client: shared, keyPrefix, closeClient: false });
      return {
        limiter,
        exactTime: false,
        pass: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        storedKeys: async () => (await scanKeys(shared, keyPrefix)).length,
      };
    },
    keysWithoutTtl: async () => keysWithoutTtl(await connected(), suitePrefix),
    closeAll: async () => {
      if (client === undefined) return;
      const keys = await scanKeys(client, suitePrefix);
      if (keys.length > 0) await client.del(...keys);
      client.disconnect();
    },
  };
}

const redisRuns = runOrExplainSkip(await redisReachable(), `Redis at ${REDIS_URL}`);
const backends = redisRuns ? [memoryBackend(), redisBackend()] : [memoryBackend()];

/** Hits `key` `times` times in a row and returns the decisions. */
async function hits(limiter: RateLimiter, key: string, times: number, using = rules): Promise<LimitDecision[]> {
  const decisions: LimitDecision[] = [];
  for (let i = 0; i < times; i++) decisions.push(await limiter.hit(key, using));
  return decisions;
}

function allowedCount(decisions: readonly LimitDecision[]): number {
  return decisions.filter((decision) => decision.allowed).length;
}

function remaining(decision: LimitDecision | undefined, ruleName: string): number | undefined {
  return decision?.states.find((state) => state.rule.name === ruleName)?.remaining;
}

describe.each(backends)('RateLimiter contract ($name)', (backend) => {
  afterAll(() => backend.closeAll());

  it('accepts up to each limit and then refuses, naming the limit', async () => {
    const { limiter, pass } = await backend.open();
    const burst = await hits(limiter, 'k', 4);
    expect(burst.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
    expect(burst[3]).toMatchObject({ allowed: false, violated: second });
    await pass(210 * T);
    expect(allowedCount(await hits(limiter, 'k', 3))).toBe(3);
    await pass(210 * T);
    expect(allowedCount(await hits(limiter, 'k', 3))).toBe(3);
    await pass(210 * T);
    const last = await hits(limiter, 'k', 2);
    expect(last[0]?.allowed).toBe(true);
    expect(last[1]).toMatchObject({ allowed: false, violated: minute });
  });

  it('does not count refused requests, and a second-limit refusal leaves the minute budget untouched', async () => {
    const { limiter, pass } = await backend.open();
    await hits(limiter, 'k', 3);
    const refused = await hits(limiter, 'k', 5);
    expect(allowedCount(refused)).toBe(0);
    expect(refused.every((decision) => !decision.allowed && decision.violated === second)).toBe(true);
    expect(remaining(refused[4], 'minute')).toBe(7);
    await pass(210 * T);
    const next = await hits(limiter, 'k', 3);
    expect(allowedCount(next)).toBe(3);
    expect(remaining(next[2], 'minute')).toBe(4);
  });

  it('gives retryAfterMs as the wait until a request is accepted, and admits one at exactly that time', async () => {
    const { limiter, pass, exactTime } = await backend.open();
    await hits(limiter, 'k', 3);
    await pass(50 * T);
    const refused = await limiter.hit('k', rules);
    if (refused.allowed) throw new Error('expected a refusal');
    if (exactTime) {
      expect(refused.retryAfterMs).toBe(150 * T);
      await pass(150 * T - 1);
      expect((await limiter.hit('k', rules)).allowed).toBe(false);
      await pass(1);
    } else {
      expect(refused.retryAfterMs).toBeGreaterThanOrEqual(1);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(150 * T);
      /** Real timers may fire a millisecond early; Redis TIME is truncated to the millisecond. */
      await pass(refused.retryAfterMs + 2);
    }
    expect((await limiter.hit('k', rules)).allowed).toBe(true);
  });

  it('names the rule with the longest wait when several refuse', async () => {
    const { limiter } = await backend.open();
    const tight = [{ ...minute, limit: 3 }, second];
    await hits(limiter, 'k', 3, tight);
    const refused = await limiter.hit('k', tight);
    expect(refused).toMatchObject({ allowed: false, violated: tight[0] });
    if (!refused.allowed) expect(refused.retryAfterMs).toBeGreaterThan(800);
  });

  it('reports remaining and reset per rule after recording', async () => {
    const { limiter, exactTime } = await backend.open();
    const peeked = await limiter.peek('k', rules);
    expect(peeked.states.map((state) => [state.remaining, state.resetMs])).toEqual([
      [10, 0],
      [3, 0],
    ]);
    const first = await limiter.hit('k', rules);
    expect(first.states.map((state) => state.remaining)).toEqual([9, 2]);
    // With budget left, reset is when the oldest request in the window leaves it (the `t` of the RateLimit field).
    if (exactTime) expect(first.states.map((state) => state.resetMs)).toEqual([1000 * T, 200 * T]);
    else expect(first.states.every((state) => state.resetMs > 0 && state.resetMs <= state.rule.windowMs)).toBe(true);
    const third = (await hits(limiter, 'k', 2)).at(-1);
    expect(third?.states[0]?.remaining).toBe(7);
    expect(third?.states[1]?.remaining).toBe(0);
    const resetMs = third?.states[1]?.resetMs ?? 0;
    if (exactTime) expect(resetMs).toBe(200 * T);
    else expect(resetMs > 0 && resetMs <= 200 * T).toBe(true);
  });

  it('peek decides without recording anything', async () => {
    const { limiter, pass, storedKeys } = await backend.open();
    const peeks = await Promise.all(Array.from({ length: 12 }, () => limiter.peek('fresh', rules)));
    expect(peeks.every((decision) => decision.allowed && remaining(decision, 'second') === 3)).toBe(true);
    expect(await storedKeys()).toBe(0);
    await hits(limiter, 'k', 3);
    const refusedPeek = await limiter.peek('k', rules);
    expect(refusedPeek).toMatchObject({ allowed: false, violated: second });
    expect(remaining(refusedPeek, 'minute')).toBe(7);
    await pass(210 * T);
    expect((await limiter.peek('k', rules)).allowed).toBe(true);
    expect(allowedCount(await hits(limiter, 'k', 3))).toBe(3);
  });

  it('applies different rules to different keys', async () => {
    const { limiter } = await backend.open();
    const strict = [{ name: 'minute', limit: 1, windowMs: 1000 * T }];
    expect(allowedCount(await hits(limiter, 'strict', 3, strict))).toBe(1);
    expect(allowedCount(await hits(limiter, 'default', 4))).toBe(3);
    expect(allowedCount(await hits(limiter, 'other', 3))).toBe(3);
  });

  it('accepts a key whose history lies wholly outside the windows', async () => {
    const { limiter, pass } = await backend.open();
    expect(allowedCount(await hits(limiter, 'k', 12))).toBe(3);
    await pass(1000 * T + 10);
    expect(allowedCount(await hits(limiter, 'k', 4))).toBe(3);
  });

  it('rejects invalid rules as a programming error', async () => {
    const { limiter } = await backend.open();
    await expect(limiter.hit('k', [{ name: 'zero', limit: 0, windowMs: 1000 }])).rejects.toThrow(RangeError);
    await expect(limiter.peek('k', [{ name: 'neg', limit: 1, windowMs: -1 }])).rejects.toThrow(RangeError);
  });

  /** Acceptance: "after the suite, no limiter key in Redis has TTL -1". Runs last, over the suite's keys. */
  it('leaves no stored key without a TTL', async () => {
    expect(await backend.keysWithoutTtl()).toEqual([]);
  });
});
