import { describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { createFailFastRedis } from '../../src/ratelimit/fallback-limiter.js';
import type { LimitRule } from '../../src/ratelimit/limiter.js';
import { RedisRateLimiter } from '../../src/ratelimit/redis-limiter.js';
import { hasCommand, runOrExplainSkip, testRedis } from '../support/env.js';
import { freePort } from '../support/ports.js';
import { throwawayRedis } from '../support/redis.js';

/**
 * What RedisRateLimiter stores, beyond the behaviour the contract suite checks. Each test runs its own
 * throwaway redis-server, so SCRIPT FLUSH and key inspection disturb no one.
 */

const runs = runOrExplainSkip(hasCommand('redis-server'), 'redis-server on PATH');

async function withRedis(body: (limiter: RedisRateLimiter, inspect: Redis) => Promise<void>): Promise<void> {
  const server = await throwawayRedis();
  await server.start();
  const inspect = testRedis(server.url);
  await inspect.connect();
  const limiter = new RedisRateLimiter({ client: testRedis(server.url) });
  try {
    await limiter.client.connect();
    await body(limiter, inspect);
  } finally {
    await limiter.close();
    inspect.disconnect();
    await server.kill();
  }
}

describe.runIf(runs)('RedisRateLimiter storage', () => {
  it('keeps one list per key under kw:rl:, expiring after the longest window', async () => {
    await withRedis(async (limiter, inspect) => {
      const rules: LimitRule[] = [
        { name: 'long', limit: 5, windowMs: 1_500 },
        { name: 'short', limit: 3, windowMs: 100 },
      ];
      for (let i = 0; i < 3; i++) await limiter.hit('k', rules);
      expect(await inspect.keys('*')).toEqual(['kw:rl:k']);
      expect(await inspect.llen('kw:rl:k')).toBe(3);
      const ttl = await inspect.pttl('kw:rl:k');
      expect(ttl > 1_300 && ttl <= 1_500).toBe(true);
    });
  });

  it('keeps no more timestamps than the largest limit', async () => {
    await withRedis(async (limiter, inspect) => {
      // Redis's clock is the limiter's: a history written against it stands for earlier hits, no waiting.
      const [sec, usec] = await inspect.time();
      const nowMs = Number(sec) * 1000 + Math.floor(Number(usec) / 1000);
      await inspect.rpush('kw:rl:k', ...[2_000, 20_000, 30_000, 40_000].map((ago) => String(nowMs - ago)));
      const rules: LimitRule[] = [{ name: 'tiny', limit: 2, windowMs: 10_000 }];
      expect((await limiter.hit('k', rules)).allowed).toBe(true);
      expect(await inspect.llen('kw:rl:k')).toBe(2);
    });
  });

  it('drops timestamps that no window counts any more, and reads only what it needs of a long history', async () => {
    await withRedis(async (limiter, inspect) => {
      const [sec] = await inspect.time();
      const nowMs = Number(sec) * 1000;
      // 50,000 accepted requests from an hour ago, newest first, then one from 10 s ago.
      const old = Array.from({ length: 50_000 }, (_, i) => String(nowMs - 3_600_000 - i));
      for (let i = 0; i < old.length; i += 10_000) await inspect.rpush('kw:rl:k', ...old.slice(i, i + 10_000));
      await inspect.lpush('kw:rl:k', String(nowMs - 10_000));
      const rules: LimitRule[] = [
        { name: 'minute', limit: 100_000, windowMs: 60_000 },
        { name: 'second', limit: 1_000, windowMs: 1_000 },
      ];
      // The script used to read the whole history (~15 ms for this one); now a few LINDEX, well under 5 ms.
      await inspect.config('SET', 'slowlog-log-slower-than', '5000');
      await inspect.call('SLOWLOG', 'RESET');
      const d = await limiter.hit('k', rules);
      expect(d.allowed).toBe(true);
      expect(d.states.map((s) => s.remaining)).toEqual([100_000 - 2, 1_000 - 1]);
      expect(await inspect.llen('kw:rl:k')).toBe(2);
      const slow = (await inspect.call('SLOWLOG', 'GET', '10')) as unknown[];
      expect(slow).toEqual([]);
    });
  });

  it('peek writes nothing, not even a TTL refresh', async () => {
    await withRedis(async (limiter, inspect) => {
      const rules: LimitRule[] = [{ name: 'long', limit: 5, windowMs: 2_000 }];
      await limiter.hit('k', rules);
      // A TTL below what a hit sets, so that any refresh would show.
      await inspect.pexpire('kw:rl:k', 1_000);
      const before = await inspect.pttl('kw:rl:k');
      await limiter.peek('k', rules);
      await limiter.peek('unknown', rules);
      expect(await inspect.pttl('kw:rl:k')).toBeLessThanOrEqual(before);
      expect(await inspect.llen('kw:rl:k')).toBe(1);
      expect(await inspect.exists('kw:rl:unknown')).toBe(0);
    });
  });

  it('reloads its script after the script cache is flushed', async () => {
    await withRedis(async (limiter, inspect) => {
      const rules: LimitRule[] = [{ name: 'minute', limit: 10, windowMs: 1_000 }];
      await limiter.hit('k', rules);
      await inspect.script('FLUSH');
      const decision = await limiter.hit('k', rules);
      expect(decision.states[0]?.remaining).toBe(8);
    });
  });
});

describe('RedisRateLimiter without a server', () => {
  it('rejects at once, rather than queueing, with a fail-fast client', async () => {
    const client = createFailFastRedis(`redis://127.0.0.1:${await freePort()}`);
    client.on('error', () => {});
    const limiter = new RedisRateLimiter({ client });
    const started = performance.now();
    await expect(limiter.hit('k', [{ name: 'minute', limit: 1, windowMs: 1_000 }])).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(100);
    expect(limiter.status()).toEqual({ backend: 'redis', degraded: true });
    await limiter.close();
  });
});
