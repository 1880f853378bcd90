import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Reply, call, show } from '../support/http.js';
import { eventually } from '../support/poll.js';
import { type FreshSchema, freshSchema } from '../support/postgres-cluster.js';
import { type ThrowawayRedis, throwawayRedis } from '../support/redis.js';
import { type ServerProcess, startServer } from '../support/servers.js';
import { canRun } from '../support/env.js';
import { type Session, aKey, setupOwner } from '../support/workspace.js';

/** The limiter gives up on Redis within 100 ms; a whole request must stay well inside 1 s. */
const MAX_MS = 1000;
const SECOND_MS = 2000;

/**
 * Redis stopped (or frozen) under a running server: no request fails, hangs or gets a false 429; limits
 * still hold per instance from memory; /readyz shows the fallback; the server returns to Redis by itself.
 */
describe.runIf(await canRun('Redis outage', { postgres: true, commands: ['redis-server'] }))('Redis stopped mid-run', () => {
  let redis: ThrowawayRedis;
  let schema: FreshSchema;
  let server: ServerProcess;
  let owner: Session;

  beforeAll(async () => {
    redis = await throwawayRedis();
    await redis.start();
    schema = freshSchema('redis');
    server = await startServer({ DATABASE_URL: schema.url, REDIS_URL: redis.url, RATE_LIMIT_SECOND_MS: String(SECOND_MS) }, { redis: true });
    owner = await setupOwner(server.url);
  });
  afterAll(async () => {
    await server?.stop();
    await redis?.kill();
    await schema?.drop();
  });

  const limiter = async () => (await call(server.url, '/readyz')).body?.rate_limiter;

  /** `n` requests, `concurrency` at a time, with `key`: every one answered within MAX_MS and none 5xx. */
  async function requests(key: string, n: number, concurrency = 1): Promise<Reply[]> {
    const replies: Reply[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < n) {
          next++;
          replies.push(await call(server.url, '/api/contacts', { as: { key } }));
        }
      }),
    );
    for (const r of replies) {
      expect(r.status, show(r)).toBeLessThan(500);
      expect(r.ms, show(r)).toBeLessThan(MAX_MS);
    }
    return replies;
  }

  /** In memory as with Redis, a burst of 15 from a fresh key is cut at exactly 10: no false 429, no free pass. */
  async function expectLimitedBurst(): Promise<void> {
    const { key } = await aKey(server.url, owner);
    const replies = await requests(key, 15, 5);
    expect(replies.filter((r) => r.status === 200)).toHaveLength(10);
    for (const r of replies.filter((r) => r.status !== 200)) expect(r.body).toMatchObject({ code: 'rate_limited', limit: 'second' });
  }

  async function expectBackOnRedis(): Promise<void> {
    expect(await eventually(async () => (await limiter())?.degraded === false, { timeoutMs: 10_000, everyMs: 100 })).toBe(true);
    const { id, key } = await aKey(server.url, owner);
    const replies = await requests(key, 3);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await redis.keysContaining(id)).not.toEqual([]);
  }

  it('killed: requests keep succeeding from memory within limits, /readyz shows it, and Redis is used again once back', async () => {
    const { id, key } = await aKey(server.url, owner);
    expect((await requests(key, 2)).map((r) => r.status)).toEqual([200, 200]);
    expect(await redis.keysContaining(id)).not.toEqual([]);

    await redis.kill();
    const during = await requests(key, 5);
    expect(during.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const ready = await call(server.url, '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'degraded', rate_limiter: { backend: 'memory', degraded: true } });
    await expectLimitedBurst();

    await redis.start();
    await expectBackOnRedis();
  });

  it('frozen (connected but silent): answers within 1 s from memory, then back to Redis when it answers', async () => {
    const { key } = await aKey(server.url, owner);
    expect((await requests(key, 1))[0].status).toBe(200);
    redis.signal('SIGSTOP');
    try {
      const during = await requests(key, 5);
      expect(during.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      expect(await limiter()).toEqual({ backend: 'memory', degraded: true });
      await expectLimitedBurst();
    } finally {
      redis.signal('SIGCONT');
    }
    await expectBackOnRedis();
  });
});
