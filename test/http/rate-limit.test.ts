import { parseDictionary, parseList } from 'structured-headers';
import { expect, it } from 'vitest';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { aKey, anOwner } from '../support/fixtures.js';
import { generateKey } from '../../src/keys/key-format.js';

/** Parses `"minute";r=93;t=52, "second";r=7;t=1` (an RFC 9651 list of strings with parameters). */
function parseRateLimit(value: string): Record<string, Record<string, unknown>> {
  return Object.fromEntries(parseList(value).map(([item, params]) => [String(item), Object.fromEntries(params)]));
}

describeEachDialect('per-key rate limits over HTTP', ({ app }) => {
  const me = (t: TestApp, key: string, ip?: string) => t.request({ url: '/api/me', headers: { 'x-api-key': key }, ip });

  it('200 concurrent requests with one key → exactly 10 accepted', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { key } = await aKey(t, owner);
    const results = await Promise.all(Array.from({ length: 200 }, () => me(t, key)));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(10);
    const refused = results.filter((r) => r.statusCode === 429);
    expect(refused).toHaveLength(190);
    expect(refused[0].json()).toMatchObject({ code: 'rate_limited', limit: 'second' });
    expect(refused[0].headers['content-type']).toContain('application/problem+json');
  });

  it('headers parse as RFC 9651 structured fields and are right before and after a refusal', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { key } = await aKey(t, owner);
    const first = await me(t, key);
    const policy = parseList(String(first.headers['ratelimit-policy']));
    expect(policy.map(([name, params]) => [name, Object.fromEntries(params)])).toEqual([
      ['minute', { q: 100, w: 60 }],
      ['second', { q: 10, w: 1 }],
    ]);
    expect(parseRateLimit(String(first.headers.ratelimit))).toEqual({ minute: { r: 99, t: 60 }, second: { r: 9, t: 1 } });
    expect(first.headers['x-ratelimit-limit']).toBe('10');
    expect(first.headers['x-ratelimit-remaining']).toBe('9');
    expect(Number(first.headers['x-ratelimit-reset'])).toBe(Math.ceil((t.clock.now() + 1000) / 1000));
    t.clock.advance(400);
    for (let i = 0; i < 9; i++) await me(t, key);
    const refused = await me(t, key);
    expect(refused.statusCode).toBe(429);
    const rl = parseRateLimit(String(refused.headers.ratelimit));
    expect(rl.second).toEqual({ r: 0, t: 1 });
    expect(rl.minute).toEqual({ r: 90, t: 60 });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(rl.second.t as number);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused.headers['x-ratelimit-remaining']).toBe('0');
    t.clock.advance(600);
    const after = await me(t, key);
    expect(after.statusCode).toBe(200);
    expect(parseRateLimit(String(after.headers.ratelimit))).toEqual({ minute: { r: 89, t: 59 }, second: { r: 0, t: 1 } });
    expect(parseDictionary('a=1')).toBeTruthy();
  });

  it('a refusal by the 1 s limit spends nothing of the 60 s budget; the minute limit names itself', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { key } = await aKey(t, owner);
    let accepted = 0;
    for (let s = 0; s < 12; s++) {
      for (let i = 0; i < 15; i++) if ((await me(t, key)).statusCode === 200) accepted++;
      t.clock.advance(1000);
    }
    expect(accepted).toBe(100);
    const refused = await me(t, key);
    expect(refused.json()).toMatchObject({ code: 'rate_limited', limit: 'minute' });
    const retryAfter = Number(refused.headers['retry-after']);
    t.clock.advance(retryAfter * 1000);
    expect((await me(t, key)).statusCode).toBe(200);
  });

  it('per-key limits are set by keys:admin and shown in /api/me and the list', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { key, id } = await aKey(t, owner, { rate_limit: { per_minute: 5, per_second: 2 } });
    expect((await me(t, key)).json().key.rate_limit).toEqual({ per_minute: 5, per_second: 2 });
    t.clock.advance(1000);
    const results = await Promise.all(Array.from({ length: 5 }, () => me(t, key)));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(2);
    await t.request({ method: 'PATCH', url: `/api/keys/${id}`, as: owner, body: { rate_limit: { per_minute: 1000, per_second: 50 } } });
    const list = (await t.request({ url: '/api/keys', as: owner })).json().data;
    expect(list[0].rate_limit).toEqual({ per_minute: 1000, per_second: 50 });
    t.clock.advance(1000);
    const more = await Promise.all(Array.from({ length: 60 }, () => me(t, key)));
    expect(more.filter((r) => r.statusCode === 200)).toHaveLength(50);
  });

  it('31 bad keys from one IP in a minute: the 31st gets 429 before any key lookup', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const good = await aKey(t, owner);
    for (let i = 0; i < 30; i++) {
      const res = await me(t, generateKey(), '192.0.2.10');
      expect(res.json().code).toBe('invalid_api_key');
    }
    const before = t.store.queryCount;
    const blocked = await me(t, generateKey(), '192.0.2.10');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('too_many_failed_attempts');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(t.store.queryCount).toBe(before);
    // Spoofed X-Forwarded-For from an untrusted peer changes nothing.
    const spoofed = await t.request({ url: '/api/me', headers: { 'x-api-key': generateKey(), 'x-forwarded-for': '203.0.113.99' }, ip: '192.0.2.10' });
    expect(spoofed.statusCode).toBe(429);
    // Another IP is unaffected, and the good key's quota was never touched.
    const fine = await me(t, good.key, '192.0.2.11');
    expect(fine.statusCode).toBe(200);
    expect(parseRateLimit(String(fine.headers.ratelimit)).minute.r).toBe(99);
    t.clock.advance(60_000);
    expect((await me(t, good.key, '192.0.2.10')).statusCode).toBe(200);
  });

  it('dead keys are not guesses: 30 uses of a rolled-away key, then its replacement from the same address → 200', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const old = await aKey(t, owner);
    const rolled = await t.request({ method: 'POST', url: `/api/keys/${old.id}/roll`, as: owner, body: { grace_seconds: 0 } });
    const fresh: string = rolled.json().key.key;
    const revoked = await aKey(t, owner);
    await t.request({ method: 'POST', url: `/api/keys/${revoked.id}/revoke`, as: owner });
    for (let i = 0; i < 30; i++) {
      expect((await me(t, old.key, '192.0.2.20')).json().code).toBe('expired_api_key');
      expect((await me(t, revoked.key, '192.0.2.20')).json().code).toBe('revoked_api_key');
    }
    expect((await me(t, fresh, '192.0.2.20')).statusCode).toBe(200);
    // Still refused and audited per key (at most once a minute each), never let through.
    const audited = async (action: string) =>
      (await t.request({ url: `/api/audit?action=${action}`, as: owner })).json().data.map((e: { target: { id: string } }) => e.target.id);
    expect(await audited('key.expired_use')).toEqual([old.id]);
    expect(await audited('key.revoked_use')).toEqual([revoked.id]);
    // Guesses from the same address still lock it out, and then dead keys too get 429 before any key work.
    for (let i = 0; i < 30; i++) expect((await me(t, generateKey(), '192.0.2.20')).json().code).toBe('invalid_api_key');
    const before = t.store.queryCount;
    expect((await me(t, revoked.key, '192.0.2.20')).json().code).toBe('too_many_failed_attempts');
    expect((await me(t, fresh, '192.0.2.20')).json().code).toBe('too_many_failed_attempts');
    expect(t.store.queryCount).toBe(before);
  });

  it('an unknown-key spray mixed with malformed keys locks the address out at 30', async () => {
    const t = await app();
    for (let i = 0; i < 15; i++) {
      expect((await me(t, generateKey(), '192.0.2.21')).json().code).toBe('invalid_api_key');
      expect((await me(t, 'ak_live_' + 'x'.repeat(38), '192.0.2.21')).json().code).toBe('malformed_api_key');
    }
    expect((await me(t, generateKey(), '192.0.2.21')).json().code).toBe('too_many_failed_attempts');
  });

  it('with TRUST_PROXY, X-Forwarded-For from the trusted proxy picks the bucket', async () => {
    const t = await app({ config: { trustProxy: ['10.0.0.1'], failedAuthPerMinute: 2 } });
    const bad = (xff: string, ip = '10.0.0.1') => t.request({ url: '/api/me', headers: { 'x-api-key': generateKey(), 'x-forwarded-for': xff }, ip });
    expect((await bad('203.0.113.1')).statusCode).toBe(401);
    expect((await bad('203.0.113.1')).statusCode).toBe(401);
    expect((await bad('203.0.113.1')).statusCode).toBe(429);
    expect((await bad('203.0.113.2')).statusCode).toBe(401);
    expect((await bad('203.0.113.3', '10.0.0.2')).statusCode).toBe(401);
    expect((await bad('203.0.113.4', '10.0.0.2')).statusCode).toBe(401);
    expect((await bad('203.0.113.5', '10.0.0.2')).statusCode).toBe(429);
  });
});
