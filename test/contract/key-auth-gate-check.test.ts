import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { testConfig } from '../../src/config.js';
import { generateKey } from '../../src/keys/key-format.js';
import type { KeyAuthentication } from '../../src/keys/key-authenticator.js';
import { createRateLimiter, FallbackRateLimiter, type LimitDecision, type LimitRule, retryAfterSeconds } from '../../src/ratelimit/index.js';
import { RedisGateCheck } from '../../src/ratelimit/redis-auth-check.js';
import { type Services, closeServices, createServices } from '../../src/services.js';
import { DIALECTS, openTestStore } from '../support/backends.js';
import { REDIS_URL, redisReachable, runOrExplainSkip, testRedis } from '../support/env.js';
import { aWorkspaceWithOperator } from '../support/records.js';
import { uniquePrefix } from '../support/redis.js';

/**
 * With Redis and the key cache, the failed-authentication gate of the address and the key's hit go to
 * Redis as one script (on PostgreSQL with the auth-state version too), and a malformed key's failure is
 * recorded by the same call. It must decide exactly as the gate's peek, the key's read and the key's hit
 * did as separate steps — which is what the in-memory limiters still do, so both run the same sequence.
 */
const redisUp = runOrExplainSkip(await redisReachable(), `Redis at ${REDIS_URL}`);
const BACKENDS = redisUp ? (['memory', 'redis'] as const) : (['memory'] as const);
const ctx = { ip: '192.0.2.10', userAgent: 'unit' };
const elsewhere = { ...ctx, ip: '192.0.2.99' };
const MALFORMED_KEY = `ak_live_${'x'.repeat(38)}`;
/** Long windows: Redis decides by its own clock, so nothing here may depend on a second not passing. */
const WINDOW_MS = 60_000;

for (const dialect of DIALECTS) {
  for (const backend of BACKENDS) {
    describe(`[${dialect}, limiter in ${backend}] the gate and the key's hit in one call`, () => {
      let s: Services;
      afterEach(() => closeServices(s, { closeStore: true }));

      async function setup() {
        const clock = new ManualClock(Date.UTC(2026, 5, 1, 12));
        const redis = backend === 'redis' ? { redisUrl: REDIS_URL, redisKeyPrefix: uniquePrefix('gate') } : {};
        const config = testConfig({ failedAuthPerMinute: 3, rateLimitPerSecond: 2, rateLimitSecondMs: WINDOW_MS, ...redis });
        s = await createServices(config, { logger: pino({ level: 'silent' }), clock, store: await openTestStore(dialect) });
        const { user, op } = await aWorkspaceWithOperator(s.store, clock.now());
        const issue = async () => (await s.keys.create(op, { name: 'k', ownerId: user.id })).plaintext;
        return { issue };
      }

      const authenticate = (key: string, from = ctx) => s.authenticator.authenticateKey(key, from);
      const remaining = (r: KeyAuthentication, rule: string) => (r.ok ? r.limit.decision.states.find((x) => x.rule.name === rule)?.remaining : undefined);
      /** Retry-After as the HTTP answer gives it, in whole seconds. */
      const retryAfter = (r: KeyAuthentication) => (!r.ok && 'retryAfterMs' in r ? retryAfterSeconds(r.retryAfterMs) : undefined);

      it('guesses lock the address out; a cached live key from there is refused before it is counted, with Retry-After', async () => {
        const { issue } = await setup();
        const key = await issue();
        expect(remaining(await authenticate(key, elsewhere), 'second')).toBe(1); // read, cached, 1 of 2 spent
        expect(await authenticate(MALFORMED_KEY)).toEqual({ ok: false, code: 'malformed_api_key' });
        expect(await authenticate('x'.repeat(300))).toEqual({ ok: false, code: 'malformed_api_key' });
        expect(await authenticate(generateKey())).toEqual({ ok: false, code: 'invalid_api_key' }); // the third guess, read and counted
        for (const presented of [key, MALFORMED_KEY, generateKey()]) {
          const locked = await authenticate(presented);
          expect(locked).toMatchObject({ ok: false, code: 'too_many_failed_attempts' });
          expect(retryAfter(locked)).toBeGreaterThanOrEqual(58); // the first guess leaves the minute in ~60 s
          expect(retryAfter(locked)).toBeLessThanOrEqual(60);
        }
        // The refused tries spent none of the key's quota, and locked-out guesses added no failures.
        const last = await authenticate(key, elsewhere);
        expect(remaining(last, 'second')).toBe(0);
        const over = await authenticate(key, elsewhere);
        expect(over).toMatchObject({ ok: false, code: 'rate_limited', limit: { decision: { allowed: false, violated: { name: 'second' } } } });
        if (over.ok || over.code !== 'rate_limited') throw new Error('expected rate_limited');
        expect(retryAfterSeconds(over.limit.decision.retryAfterMs)).toBeGreaterThanOrEqual(58);
        expect(retryAfterSeconds(over.limit.decision.retryAfterMs)).toBeLessThanOrEqual(60);
        // Over its limit is not a guess: the address elsewhere is not locked.
        expect(await authenticate(MALFORMED_KEY, elsewhere)).toEqual({ ok: false, code: 'malformed_api_key' });
      });

      it('two failures below the limit leave the address one guess; a malformed key is counted once', async () => {
        const { issue } = await setup();
        const key = await issue();
        await authenticate(key); // cached
        expect(await authenticate(MALFORMED_KEY)).toEqual({ ok: false, code: 'malformed_api_key' });
        expect(await authenticate(MALFORMED_KEY)).toEqual({ ok: false, code: 'malformed_api_key' });
        expect((await authenticate(key)).ok).toBe(true); // the gate allows (2 of 3), the key's hit is counted
        expect(await authenticate(MALFORMED_KEY)).toEqual({ ok: false, code: 'malformed_api_key' });
        expect(await authenticate(key)).toMatchObject({ ok: false, code: 'too_many_failed_attempts' });
      });

      it.runIf(backend === 'redis')('one Redis call per request for a cached key and for a malformed key', async () => {
        const { issue } = await setup();
        const key = await issue();
        await authenticate(key); // read and cached
        const { limiter, abuseLimiter } = s;
        if (!(limiter instanceof FallbackRateLimiter) || !(abuseLimiter instanceof FallbackRateLimiter)) throw new Error('expected Redis limiters');
        const calls = vi.spyOn(limiter, 'onRedis');
        const separate = [vi.spyOn(abuseLimiter, 'peek'), vi.spyOn(abuseLimiter, 'hit'), vi.spyOn(limiter, 'hit'), vi.spyOn(abuseLimiter, 'onRedis')];
        const queries = s.store.queryCount;
        expect((await authenticate(key)).ok).toBe(true); // the second of the key's 2
        expect(await authenticate(MALFORMED_KEY)).toEqual({ ok: false, code: 'malformed_api_key' });
        expect(calls).toHaveBeenCalledTimes(2);
        for (const spy of separate) expect(spy).not.toHaveBeenCalled();
        expect(s.store.queryCount).toBe(queries);
      });
    });
  }
}

describe.runIf(redisUp)('RedisGateCheck against the separate peek and hit, on the same histories', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  /** A per-key limiter and a failed-auth limiter on Redis under a fresh prefix. */
  async function limiters() {
    const prefix = uniquePrefix('gatecmp');
    const make = async (kind: string) => {
      const l = createRateLimiter({ redisUrl: REDIS_URL, keyPrefix: `${prefix}${kind}:` });
      if (!(l instanceof FallbackRateLimiter) || !(await l.waitForRedis(3000))) throw new Error('Redis limiter not ready');
      closers.push(() => l.close());
      return l;
    };
    const limiter = await make('rl');
    const failedAuth = await make('fa');
    return { limiter, failedAuth, check: new RedisGateCheck({ limiter, failedAuth }) };
  }

  const gateRules: LimitRule[] = [{ name: 'failed_auth', limit: 3, windowMs: 60_000 }];
  const keyRules: LimitRule[] = [
    { name: 'minute', limit: 5, windowMs: 60_000 },
    { name: 'second', limit: 2, windowMs: 10_000 },
  ];
  /** The decision without its times, and Retry-After in whole seconds. */
  const shape = (d: LimitDecision | undefined) =>
    d && {
      allowed: d.allowed,
      remaining: d.states.map((x) => x.remaining),
      ...(d.allowed ? {} : { violated: d.violated.name, retryAfter: retryAfterSeconds(d.retryAfterMs) }),
    };

  it('the same answers and the same recorded histories, over histories written around the windows’ edges', async () => {
    const separate = await limiters();
    const combined = await limiters();
    const inspect = testRedis();
    await inspect.connect();
    closers.push(async () => inspect.disconnect());
    const [sec, usec] = await inspect.time();
    const now = Number(sec) * 1000 + Math.floor(Number(usec) / 1000);
    // Ages end in 500 ms, so whole-second Retry-After values agree between two calls a few ms apart.
    const cases: { gate: number[]; key: number[] }[] = [
      { gate: [], key: [] },
      { gate: [20_500, 40_500], key: [2_500, 30_500] },
      { gate: [1_500, 20_500, 59_500], key: [] }, // locked out: nothing recorded on the key
      { gate: [1_500, 20_500, 61_500], key: [1_500, 3_500] }, // the gate allows; the key's 10 s rule refuses
      { gate: [], key: [5_500, 10_500, 20_500, 30_500, 50_500] }, // the minute is full
    ];
    for (const [i, c] of cases.entries()) {
      for (const side of [separate, combined]) {
        const write = async (key: string, ages: number[]) => {
          if (ages.length === 0) return;
          await inspect.rpush(key, ...ages.map((ago) => String(now - ago)));
          await inspect.pexpire(key, 120_000);
        };
        await write(`${side.failedAuth.redisKeyPrefix}authfail:${i}`, c.gate);
        await write(`${side.limiter.redisKeyPrefix}key:${i}`, c.key);
      }
      const gate = await separate.failedAuth.peek(`authfail:${i}`, gateRules);
      const hit = gate.allowed ? await separate.limiter.hit(`key:${i}`, keyRules) : undefined;
      const reply = await combined.check.run({ gateKey: `authfail:${i}`, gateRules, hit: { key: `key:${i}`, rules: keyRules } });
      expect(reply).toBeDefined();
      expect(reply?.version).toBeUndefined();
      expect({ gate: shape(reply?.gate), hit: shape(reply?.hit) }).toEqual({ gate: shape(gate), hit: shape(hit) });
      // A guess: the separate failure hit after the peek, against the combined call's own.
      const guessed = await combined.check.run({ gateKey: `authfail:${i}`, gateRules, guess: true });
      const failed = gate.allowed ? await separate.failedAuth.hit(`authfail:${i}`, gateRules) : gate;
      expect(shape(guessed?.gate)).toEqual(shape(failed));
      for (const [key, side] of [
        [`authfail:${i}`, 'failedAuth'],
        [`key:${i}`, 'limiter'],
      ] as const) {
        const lengths = await Promise.all([separate, combined].map((x) => inspect.llen(`${x[side].redisKeyPrefix}${key}`)));
        expect(lengths[1]).toBe(lengths[0]);
      }
    }
  });
});
