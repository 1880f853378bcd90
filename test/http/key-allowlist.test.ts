import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { aKey, aUser, anOwner } from '../support/fixtures.js';

const ALLOWED = ['203.0.113.0/24', '198.51.100.7', '2001:db8::/32'];
const CASES: [string, boolean][] = [
  ['203.0.113.9', true],
  ['198.51.100.7', true],
  ['2001:db8:1::5', true],
  ['::ffff:203.0.113.10', true],
  ['192.0.2.1', false],
  ['198.51.100.8', false],
  ['2001:db9::1', false],
  ['::ffff:192.0.2.1', false],
];

describeEachDialect('IP allowlist per key', ({ app }) => {
  it('lets allowed v4, v6 and v4-mapped-v6 addresses through and refuses others with 403 ip_not_allowed (no proxy)', async () => {
    const t = await app({ config: { rateLimitPerSecond: 1000, rateLimitPerMinute: 100_000 } });
    const owner = await anOwner(t);
    const k = await aKey(t, owner, { allowed_ips: ALLOWED });
    expect(k.object.allowed_ips).toEqual(ALLOWED);
    for (const [ip, allowed] of CASES) {
      const res = await t.request({ url: '/api/me', as: { key: k.key }, ip });
      expect(res.statusCode, `${ip}: ${res.body}`).toBe(allowed ? 200 : 403);
      if (!allowed) expect(res.json().code).toBe('ip_not_allowed');
    }
    // A spoofed X-Forwarded-For from an untrusted peer changes nothing.
    const spoofed = await t.request({ url: '/api/me', as: { key: k.key }, ip: '192.0.2.1', headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(spoofed.statusCode).toBe(403);
  });

  it('uses the TRUST_PROXY-resolved client address behind a trusted proxy', async () => {
    const t = await app({ config: { trustProxy: ['10.0.0.1'], rateLimitPerSecond: 1000, rateLimitPerMinute: 100_000 } });
    const owner = await anOwner(t);
    const k = await aKey(t, owner, { allowed_ips: ALLOWED });
    for (const [ip, allowed] of CASES) {
      const res = await t.request({ url: '/api/me', as: { key: k.key }, ip: '10.0.0.1', headers: { 'x-forwarded-for': ip } });
      expect(res.statusCode, `${ip} via proxy: ${res.body}`).toBe(allowed ? 200 : 403);
    }
    // The proxy's own address is not the client's.
    const direct = await t.request({ url: '/api/me', as: { key: k.key }, ip: '10.0.0.1' });
    expect(direct.statusCode).toBe(403);
  });

  it('counts refusals in usage and audits them at most once a minute per key', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner, { allowed_ips: ['203.0.113.0/24'] });
    const start = t.clock.now();
    for (let i = 0; i < 4; i++) expect((await t.request({ url: '/api/me', as: { key: k.key }, ip: '192.0.2.1' })).statusCode).toBe(403);
    t.clock.advance(61_000);
    expect((await t.request({ url: '/api/me', as: { key: k.key }, ip: '192.0.2.2' })).statusCode).toBe(403);
    await t.kw.deps.lastUsed.flush();
    const audit = (await t.request({ url: `/api/audit?action=key.ip_not_allowed`, as: owner })).json().data;
    expect(audit.map((e: any) => e.details.ip).sort()).toEqual(['192.0.2.1', '192.0.2.2']);
    const usage = (await t.request({ url: `/api/keys/${k.id}/usage?from=${new Date(start).toISOString()}&granularity=hour`, as: owner })).json();
    expect(usage.buckets[0]).toMatchObject({ requests: 5, ok: 0, client_errors: 5 });
    // Refused uses do not update last used.
    expect((await t.request({ url: `/api/keys/${k.id}`, as: owner })).json().last_used_at).toBeNull();
  });

  it("is set at creation, changed or cleared (null = anywhere) by the key's owner only, and validated", async () => {
    const t = await app();
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    const k = await aKey(t, owner);
    expect(k.object.allowed_ips).toBeNull();
    expect((await t.request({ url: '/api/me', as: { key: k.key }, ip: '192.0.2.1' })).statusCode).toBe(200);
    const set = await t.request({ method: 'PATCH', url: `/api/keys/${k.id}`, as: owner, body: { allowed_ips: ['203.0.113.0/24'] } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().allowed_ips).toEqual(['203.0.113.0/24']);
    // Takes effect at once, also through the key cache.
    expect((await t.request({ url: '/api/me', as: { key: k.key }, ip: '192.0.2.1' })).statusCode).toBe(403);
    const byAdmin = await t.request({ method: 'PATCH', url: `/api/keys/${k.id}`, as: admin, body: { allowed_ips: null } });
    expect(byAdmin.statusCode).toBe(403);
    expect(byAdmin.json().code).toBe('insufficient_permission');
    const cleared = await t.request({ method: 'PATCH', url: `/api/keys/${k.id}`, as: owner, body: { allowed_ips: null } });
    expect(cleared.json().allowed_ips).toBeNull();
    expect((await t.request({ url: '/api/me', as: { key: k.key }, ip: '192.0.2.1' })).statusCode).toBe(200);
    const events = (await t.request({ url: `/api/audit?action=key.allowed_ips_changed`, as: owner })).json().data;
    expect(events).toHaveLength(2);

    for (const bad of [['10.0.0.0/33'], ['example.com'], Array.from({ length: 101 }, (_, i) => `10.0.${i}.1`), 'x']) {
      const res = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'x', allowed_ips: bad } });
      expect(res.statusCode, JSON.stringify(bad).slice(0, 50)).toBe(400);
      expect(res.json().code).toBe('validation_error');
    }
    const badPatch = await t.request({ method: 'PATCH', url: `/api/keys/${k.id}`, as: owner, body: { allowed_ips: ['192.0.2.1', '300.1.1.1'] } });
    expect(badPatch.json().errors[0].path).toBe('/allowed_ips/1');
  });

  it('a rolled key keeps the allowlist', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner, { allowed_ips: ['2001:db8::/32'] });
    const rolled = await t.request({ method: 'POST', url: `/api/keys/${k.id}/roll`, as: owner, body: {} });
    expect(rolled.json().key.allowed_ips).toEqual(['2001:db8::/32']);
  });
});
