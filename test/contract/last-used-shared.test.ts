import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { testConfig } from '../../src/config.js';
import { type Services, closeServices, createServices } from '../../src/services.js';
import { DIALECTS, openTestStore } from '../support/backends.js';
import { aWorkspaceWithOperator } from '../support/records.js';
import { REDIS_URL, redisReachable, runOrExplainSkip } from '../support/env.js';
import { uniquePrefix } from '../support/redis.js';

/**
 * "Last used" on the one-round-trip path (PostgreSQL, Redis and the key cache): a key over its limit
 * is refused by the shared script's hit, and that refusal is not a use either.
 */
const runs = DIALECTS.includes('postgres') && runOrExplainSkip(await redisReachable(), `Redis at ${REDIS_URL}`);
const ctx = { ip: '192.0.2.10', userAgent: 'unit' };

describe.runIf(runs)('[postgres + redis] last used means accepted requests', () => {
  let s: Services | undefined;
  afterEach(async () => {
    if (s) await closeServices(s, { closeStore: true });
    s = undefined;
  });

  it('a rate-limited attempt leaves nothing pending for last used', async () => {
    const clock = new ManualClock(Date.UTC(2026, 5, 1, 12));
    const settings = testConfig({ redisUrl: REDIS_URL, redisKeyPrefix: uniquePrefix('lastused'), authVersionPollMs: 60_000 });
    s = await createServices(settings, { logger: pino({ level: 'silent' }), clock, store: await openTestStore('postgres') });
    const { user, op } = await aWorkspaceWithOperator(s.store, clock.now(), 'owner');
    const { plaintext } = await s.keys.create(op, { name: 'k', ownerId: user.id, rateLimit: { perMinute: 1, perSecond: 1 } });

    expect((await s.authenticator.authenticateKey(plaintext, ctx)).ok).toBe(true);
    await s.lastUsed.flush();
    expect(s.lastUsed.size).toBe(0);
    clock.advance(1_000);
    const refused = await s.authenticator.authenticateKey(plaintext, { ...ctx, ip: '192.0.2.99' });
    expect(refused).toMatchObject({ ok: false, code: 'rate_limited' });
    expect(s.lastUsed.size).toBe(0);
  });
});
