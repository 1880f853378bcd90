import { describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { RedisRateLimiter } from '../../src/ratelimit/redis-limiter.js';
import { REDIS_URL, redisReachable, runOrExplainSkip } from '../support/env.js';
import { keysWithoutTtl, scanKeys, uniquePrefix } from '../support/redis.js';

/**
 * Many instances sharing one Redis behave as one limiter: check-and-record is a single script, so
 * concurrent callers on separate connections can never both take the last slot.
 */

const runs = runOrExplainSkip(await redisReachable(), `Redis at ${REDIS_URL}`);

describe.runIf(runs)('RedisRateLimiter under concurrency', () => {
  it('accepts exactly the limit when 8 clients hammer one key at once', async () => {
    /** A 5 s window so that a slow machine cannot let the first acceptances expire mid-test. */
    const rules = [{ name: 'second', limit: 10, windowMs: 5_000 }];
    const keyPrefix = uniquePrefix('concurrency');
    const clients = Array.from({ length: 8 }, () => new Redis(REDIS_URL, { maxRetriesPerRequest: 1 }));
    const limiters = clients.map((client) => new RedisRateLimiter({ client, keyPrefix }));
    try {
      const decisions = (await Promise.all(limiters.map((limiter) => Promise.all(Array.from({ length: 50 }, () => limiter.hit('shared', rules)))))).flat();
      const accepted = decisions.filter((decision) => decision.allowed);
      expect(accepted).toHaveLength(10);
      /** Each acceptance saw a distinct remaining count: the decisions were serialised. */
      const remainders = accepted.map((decision) => decision.states[0]?.remaining ?? -1);
      expect(remainders.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(await keysWithoutTtl(clients[0]!, keyPrefix)).toEqual([]);
      await clients[0]!.del(...(await scanKeys(clients[0]!, keyPrefix)));
    } finally {
      await Promise.all(limiters.map((limiter) => limiter.close()));
    }
  });
});
