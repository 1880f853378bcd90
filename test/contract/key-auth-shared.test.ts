import { sql } from 'kysely';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { type Config, testConfig } from '../../src/config.js';
import { FallbackRateLimiter } from '../../src/ratelimit/fallback-limiter.js';
import { type Services, closeServices, createServices } from '../../src/services.js';
import { openPostgresStore } from '../../src/store/dialects/postgres/index.js';
import { DIALECTS, openTestStore } from '../support/backends.js';
import { aWorkspaceWithOperator } from '../support/records.js';
import { POSTGRES_URL } from '../support/env.js';
import { hasCommand, REDIS_URL, redisReachable, runOrExplainSkip } from '../support/env.js';
import { throwawayRedis, uniquePrefix } from '../support/redis.js';

/**
 * PostgreSQL with Redis, in process: two instances (two `Services` on one schema, one Redis prefix), each
 * caching verified keys and validating them with the version read in the rate-limit round trip. What one
 * commits, the other's next decision sees; a Redis outage falls back to the database's counter.
 */
const runs = DIALECTS.includes('postgres') && runOrExplainSkip(await redisReachable(), `Redis at ${REDIS_URL}`);
const ctx = { ip: '192.0.2.10', userAgent: 'unit' };
const silent = pino({ level: 'silent' });

describe.runIf(runs)('[postgres + redis] cached keys, validated in the rate-limit round trip', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  /** Instances A and B on one fresh schema, a member of a new workspace, and a way to issue keys through A. */
  async function twoInstances(config: Partial<Config> = {}) {
    const clock = new ManualClock(Date.UTC(2026, 5, 1, 12));
    const storeA = await openTestStore('postgres');
    const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(storeA.db)).rows[0].s;
    const storeB = await openPostgresStore({ connectionString: POSTGRES_URL, schema, poolSize: 4 });
    // The database poll is the backstop, tested on its own below: here it stays out of the counts.
    const settings = testConfig({ redisUrl: REDIS_URL, redisKeyPrefix: uniquePrefix('auth'), authVersionPollMs: 60_000, failedAuthPerMinute: 100, ...config });
    const a = await createServices(settings, { logger: silent, clock, store: storeA });
    closers.push(() => closeServices(a, { closeStore: true }));
    const b = await createServices(settings, { logger: silent, clock, store: storeB });
    closers.push(() => closeServices(b, { closeStore: true }));
    const { user, op } = await aWorkspaceWithOperator(a.store, clock.now());
    const issue = async () => {
      const { plaintext, view } = await a.keys.create(op, { name: 'k', ownerId: user.id });
      return { key: plaintext, id: view.record.id };
    };
    return { a, b, op, user, issue };
  }

  const accepted = async (s: Services, key: string, from = ctx) => {
    const r = await s.authenticator.authenticateKey(key, from);
    if (!r.ok) throw new Error(`refused: ${r.code}`);
    return r;
  };

  it('a cached key costs one Redis round trip and no database read', async () => {
    const { b, issue } = await twoInstances();
    const { key } = await issue();
    await accepted(b, key); // a miss: read from the database, then cached
    const run = vi.spyOn(b.authVersion!.check, 'run');
    const peek = vi.spyOn(b.abuseLimiter, 'peek');
    const hit = vi.spyOn(b.limiter, 'hit');
    const queries = b.store.queryCount;
    for (let i = 0; i < 5; i++) await accepted(b, key);
    expect(b.store.queryCount).toBe(queries);
    expect(run).toHaveBeenCalledTimes(5);
    expect(peek).not.toHaveBeenCalled(); // the failed-auth gate is read by the same script
    expect(hit).not.toHaveBeenCalled(); // and so is the key's hit
  });

  it("a revocation, a demotion and a disabling committed on A are seen by B's next decision", async () => {
    const { a, b, op, user, issue } = await twoInstances();
    const revoked = await issue();
    const demoted = await issue();
    for (const k of [revoked, demoted]) {
      await accepted(b, k.key);
      await accepted(b, k.key); // cached on B
    }
    await a.keys.revoke(op, revoked.id);
    expect(await b.authenticator.authenticateKey(revoked.key, ctx)).toEqual({ ok: false, code: 'revoked_api_key' });

    expect((await accepted(b, demoted.key)).principal.permissions).toContain('contacts:write');
    await a.users.update(op, user.id, { role: 'viewer' });
    expect([...(await accepted(b, demoted.key)).principal.permissions]).toEqual(['contacts:read']);

    await a.users.update(op, user.id, { disabled: true });
    expect(await b.authenticator.authenticateKey(demoted.key, ctx)).toEqual({ ok: false, code: 'owner_disabled' });
  });

  it('the failed-auth gate in the same script locks a valid cached key out of a locked address, spending none of its quota', async () => {
    const { b, issue } = await twoInstances({ failedAuthPerMinute: 3, rateLimitPerSecond: 2 });
    const { key } = await issue();
    const elsewhere = { ...ctx, ip: '192.0.2.99' };
    await accepted(b, key, elsewhere); // cached; 1 of the 2 a second spent
    for (let i = 0; i < 3; i++) {
      expect(await b.authenticator.authenticateKey('ak_live_' + 'x'.repeat(38), ctx)).toEqual({ ok: false, code: 'malformed_api_key' });
    }
    for (let i = 0; i < 3; i++) {
      expect(await b.authenticator.authenticateKey(key, ctx)).toMatchObject({ ok: false, code: 'too_many_failed_attempts' });
    }
    const last = await accepted(b, key, elsewhere); // the locked-out tries spent none of the key's second
    expect(last.limit.decision.states.find((s) => s.rule.name === 'second')?.remaining).toBe(0);
  });

  it('a change whose Redis update failed: the writer reads fresh at once, the other instance by its next database poll', async () => {
    const { a, b, op, issue } = await twoInstances();
    const k = await issue();
    await accepted(a, k.key);
    await accepted(b, k.key);
    await accepted(b, k.key); // cached on both
    if (!(a.limiter instanceof FallbackRateLimiter)) throw new Error('expected the Redis limiter');
    a.limiter.redis.disconnect(); // A alone loses Redis: its increment fails, its write still succeeds
    await a.keys.revoke(op, k.id);
    expect(a.authVersion!.check.bumpFailures).toBe(1);
    expect(await a.authenticator.authenticateKey(k.key, ctx)).toEqual({ ok: false, code: 'revoked_api_key' });
    // B still reaches Redis, where nothing moved: the documented window, until B's next poll of the database.
    expect((await b.authenticator.authenticateKey(k.key, ctx)).ok).toBe(true);
    await b.authVersion!.poll!.poll();
    expect(await b.authenticator.authenticateKey(k.key, ctx)).toEqual({ ok: false, code: 'revoked_api_key' });
  });
});

const throwaway = runs && runOrExplainSkip(hasCommand('redis-server'), 'redis-server on PATH');

describe.runIf(throwaway)('[postgres + redis] Redis down: the database counter validates the cache', () => {
  it('B keeps its cache, now validated once per event-loop turn by auth_version, and sees A’s revocation at once', async () => {
    const redis = await throwawayRedis();
    await redis.start();
    const clock = new ManualClock(Date.UTC(2026, 5, 1, 12));
    const storeA = await openTestStore('postgres');
    const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(storeA.db)).rows[0].s;
    const storeB = await openPostgresStore({ connectionString: POSTGRES_URL, schema, poolSize: 4 });
    const settings = testConfig({ redisUrl: redis.url, authVersionPollMs: 60_000, failedAuthPerMinute: 100 });
    const a = await createServices(settings, { logger: silent, clock, store: storeA });
    const b = await createServices(settings, { logger: silent, clock, store: storeB });
    try {
      const { user, op } = await aWorkspaceWithOperator(a.store, clock.now());
      const issued = await a.keys.create(op, { name: 'k', ownerId: user.id });
      const key = issued.plaintext;
      expect((await b.authenticator.authenticateKey(key, ctx)).ok).toBe(true);
      expect(b.limiter.status().backend).toBe('redis');

      await redis.kill();
      // The first decision after the kill notices it (the command fails) and falls back.
      expect((await b.authenticator.authenticateKey(key, ctx)).ok).toBe(true);
      expect(b.limiter.status()).toEqual({ backend: 'memory', degraded: true });
      expect((await b.authenticator.authenticateKey(key, ctx)).ok).toBe(true);
      const queries = b.store.queryCount;
      const checks = b.keyCache!.externalChecks;
      const concurrent = await Promise.all([1, 2, 3, 4].map(() => b.authenticator.authenticateKey(key, ctx)));
      expect(concurrent.every((r) => r.ok)).toBe(true);
      expect(b.keyCache!.externalChecks - checks).toBe(1); // four requests read in one turn: one version query
      expect(b.store.queryCount - queries).toBe(1); // and nothing else from the database

      await a.keys.revoke(op, issued.view.record.id); // A's increment fails at once; the commit moved auth_version
      expect(await b.authenticator.authenticateKey(key, ctx)).toEqual({ ok: false, code: 'revoked_api_key' });
    } finally {
      await closeServices(b, { closeStore: true });
      await closeServices(a, { closeStore: true });
      await redis.kill();
    }
  });
});
