import { describe, expect, it } from 'vitest';
import { createFailFastRedis, FallbackRateLimiter, type FallbackRateLimiterOptions } from '../../src/ratelimit/fallback-limiter.js';
import { createRateLimiter, type LimiterLogger } from '../../src/ratelimit/index.js';
import { RedisRateLimiter } from '../../src/ratelimit/redis-limiter.js';
import type { LimitDecision, LimitRule, RateLimiter } from '../../src/ratelimit/limiter.js';
import { hasCommand, runOrExplainSkip, testRedis } from '../support/env.js';
import { eventually } from '../support/poll.js';
import { freePort } from '../support/ports.js';
import { type ThrowawayRedis, throwawayRedis, uniquePrefix } from '../support/redis.js';

/**
 * When the shared store is unreachable each instance gives up within 100 ms, falls back to memory
 * (logged, counted, visible in status) and returns when the store is back. Uses a throwaway
 * `redis-server` per test so that killing and freezing it disturbs nothing else.
 */

const runs = runOrExplainSkip(hasCommand('redis-server'), 'redis-server on PATH');
const rules: readonly LimitRule[] = [{ name: 'minute', limit: 5, windowMs: 10_000 }];

function recordingLogger(): LimiterLogger & { warnings: string[]; infos: string[] } {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { warnings, infos, warn: (_, message) => warnings.push(message), info: (_, message) => infos.push(message) };
}

/** Hits `times` times, asserting every call settles in under a second; returns decisions and slowest ms. */
async function timedHits(limiter: RateLimiter, key: string, times: number) {
  const decisions: LimitDecision[] = [];
  let slowestMs = 0;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    decisions.push(await limiter.hit(key, rules));
    slowestMs = Math.max(slowestMs, performance.now() - started);
  }
  expect(slowestMs).toBeLessThan(1000);
  return { allowed: decisions.filter((decision) => decision.allowed).length, slowestMs };
}

async function storedLength(url: string, key: string): Promise<number> {
  const client = testRedis(url);
  try {
    await client.connect();
    return await client.llen(key);
  } finally {
    client.disconnect();
  }
}

interface Throwaway {
  server: ThrowawayRedis;
  logger: ReturnType<typeof recordingLogger>;
  limiter: FallbackRateLimiter;
}

/**
 * A FallbackRateLimiter (with `options`) over a throwaway redis-server it has reached once before `body`
 * runs; the limiter closed and the server killed after it, whatever happens.
 */
async function withThrowawayRedis(label: string, options: Omit<FallbackRateLimiterOptions, 'primary' | 'logger'>, body: (t: Throwaway) => Promise<void>) {
  const server = await throwawayRedis();
  const logger = recordingLogger();
  await server.start();
  const primary = new RedisRateLimiter({ client: createFailFastRedis(server.url), keyPrefix: uniquePrefix(label) });
  const limiter = new FallbackRateLimiter({ primary, logger, ...options });
  try {
    expect(await limiter.waitForRedis(5000)).toBe(true);
    await body({ server, logger, limiter });
  } finally {
    await limiter.close();
    await server.kill();
  }
}

describe.runIf(runs)('FallbackRateLimiter with a throwaway redis-server', () => {
  it('uses Redis, falls back to memory when it dies, and returns once it restarts', async () => {
    const server = await throwawayRedis();
    const logger = recordingLogger();
    const keyPrefix = uniquePrefix('fallback');
    await server.start();
    const limiter = createRateLimiter({ redisUrl: server.url, logger, keyPrefix });
    try {
      expect(await eventually(() => limiter.status().backend === 'redis', { timeoutMs: 5000 })).toBe(true);
      expect((await timedHits(limiter, 'a', 3)).allowed).toBe(3);
      expect(await storedLength(server.url, `${keyPrefix}a`)).toBe(3);

      await server.kill();
      const outage = await timedHits(limiter, 'b', 8);
      console.log(`[fallback] slowest decision while Redis was down: ${outage.slowestMs.toFixed(1)} ms`);
      expect(outage.allowed).toBe(5);
      expect(limiter.status()).toEqual({ backend: 'memory', degraded: true });
      expect(limiter.metrics()).toMatchObject({ fallbacks: 1, memoryDecisions: 8 });
      expect(logger.warnings).toHaveLength(1);

      await server.start();
      expect(await eventually(() => limiter.status().backend === 'redis', { timeoutMs: 5000 })).toBe(true);
      expect(limiter.status().degraded).toBe(false);
      expect((await timedHits(limiter, 'c', 2)).allowed).toBe(2);
      expect(await storedLength(server.url, `${keyPrefix}c`)).toBe(2);
      expect(logger.infos.at(-1)).toMatch(/using Redis/);
    } finally {
      await limiter.close();
      await server.kill();
    }
  });

  it('gives up on a frozen Redis within the command timeout and returns when it thaws', async () => {
    await withThrowawayRedis('frozen', { recheckIntervalMs: 200 }, async ({ server, logger, limiter }) => {
      server.signal('SIGSTOP');
      const frozen = await timedHits(limiter, 'k', 3);
      console.log(`[fallback] slowest decision while Redis was frozen: ${frozen.slowestMs.toFixed(1)} ms`);
      expect(frozen.slowestMs).toBeLessThan(1000);
      expect(frozen.allowed).toBe(3);
      expect(limiter.status().degraded).toBe(true);
      server.signal('SIGCONT');
      expect(await eventually(() => limiter.status().backend === 'redis', { timeoutMs: 5000 })).toBe(true);
      expect(logger.warnings).toHaveLength(1);
    });
  });

  it('answers from memory, degraded, when Redis is unreachable from the start', async () => {
    const logger = recordingLogger();
    const limiter = createRateLimiter({ redisUrl: `redis://127.0.0.1:${await freePort()}`, logger });
    try {
      const outage = await timedHits(limiter, 'k', 7);
      expect(outage.allowed).toBe(5);
      expect(limiter.status()).toEqual({ backend: 'memory', degraded: true });
      expect(await eventually(() => logger.warnings.length === 1, { timeoutMs: 2000 })).toBe(true);
    } finally {
      await limiter.close();
    }
  });

  it('a Redis at maxmemory that still answers PING: one fallback per back-off period, no flapping, back once it takes writes', async () => {
    await withThrowawayRedis('oom', { recheckIntervalMs: 200, maxBackoffMs: 800, stableMs: 10_000 }, async ({ server, logger, limiter }) => {
      const admin = testRedis(server.url);
      try {
        await admin.connect();
        // Writes refused with OOM (noeviction, maxmemory below what is used); PING still answers.
        await admin.config('SET', 'maxmemory-policy', 'noeviction');
        await admin.config('SET', 'maxmemory', '1');
        await expect(admin.set('probe', 'x')).rejects.toThrow(/OOM/);
        expect(await admin.ping()).toBe('PONG');
        const seen = new Set<string>();
        const until = performance.now() + 3000;
        while (performance.now() < until) {
          await limiter.hit('k', rules);
          seen.add(limiter.status().backend);
          await new Promise((r) => setTimeout(r, 20));
        }
        // Before: a return every second on a good PING and a fallback (and a warning) at the next hit.
        expect(limiter.metrics().fallbacks).toBe(1);
        expect(logger.warnings).toHaveLength(1);
        expect(logger.infos).toHaveLength(0); // the first connection is told by the server's ready line, not here
        expect(limiter.status()).toEqual({ backend: 'memory', degraded: true });
        expect([...seen]).toEqual(['memory']);

        await admin.config('SET', 'maxmemory', '0');
        expect(await eventually(() => limiter.status().backend === 'redis', { timeoutMs: 5000 })).toBe(true);
        expect((await limiter.hit('after', rules)).allowed).toBe(true);
        expect(logger.infos.at(-1)).toMatch(/using Redis/);
        expect(logger.warnings).toHaveLength(1);
      } finally {
        admin.disconnect();
      }
    });
  });

  it('a Redis that fails again right after each return: each fallback waits twice as long as the last', async () => {
    await withThrowawayRedis('flap', { recheckIntervalMs: 100, maxBackoffMs: 10_000, stableMs: 60_000 }, async ({ logger, limiter }) => {
      const backoffs: number[] = [];
      const broken = () =>
        limiter.onRedis(async () => {
          throw new Error("READONLY You can't write against a read only replica.");
        });
      for (let i = 0; i < 3; i++) {
        await broken();
        expect(limiter.status().backend).toBe('memory');
        const started = performance.now();
        expect(await eventually(() => limiter.status().backend === 'redis', { timeoutMs: 5000 })).toBe(true);
        backoffs.push(performance.now() - started);
      }
      expect(backoffs[1]).toBeGreaterThan(backoffs[0] * 1.5);
      expect(backoffs[2]).toBeGreaterThan(backoffs[1] * 1.5);
      expect(logger.warnings).toHaveLength(3);
    });
  });
});
