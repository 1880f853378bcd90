import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { createRateLimiter, keyRateLimitRules, MemoryRateLimiter, retryAfterSeconds } from '../../src/ratelimit/index.js';

describe('createRateLimiter', () => {
  it('is in-memory, and healthy, without a Redis URL', async () => {
    const limiter = createRateLimiter({ clock: new ManualClock() });
    expect(limiter).toBeInstanceOf(MemoryRateLimiter);
    expect(limiter.status()).toEqual({ backend: 'memory', degraded: false });
    expect(limiter.metrics()).toMatchObject({ fallbacks: 0 });
    await limiter.close();
  });

  it('uses the injected clock for in-memory decisions', async () => {
    const clock = new ManualClock();
    const limiter = createRateLimiter({ clock });
    const rules = keyRateLimitRules({ perMinute: 100, perSecond: 1 });
    expect((await limiter.hit('k', rules)).allowed).toBe(true);
    expect(await limiter.hit('k', rules)).toMatchObject({ allowed: false, retryAfterMs: 1000 });
    clock.advance(1000);
    expect((await limiter.hit('k', rules)).allowed).toBe(true);
    await limiter.close();
  });
});

describe('rate-limit helpers', () => {
  it('builds the minute and second rules of a key', () => {
    expect(keyRateLimitRules({ perMinute: 100, perSecond: 10 })).toEqual([
      { name: 'minute', limit: 100, windowMs: 60_000 },
      { name: 'second', limit: 10, windowMs: 1_000 },
    ]);
  });

  it('rounds Retry-After up to whole seconds, at least 1', () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1000)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
  });
});
