import fc from 'fast-check';
import { expect, it } from 'vitest';
import { checksum, generateKey } from '../../src/keys/key-format.js';
import { type TestApp, describeEachDialect } from '../support/app.js';
import { aKey, aUser, anOwner } from '../support/fixtures.js';

const me = (t: TestApp, key: string) => t.request({ url: '/api/me', headers: { 'x-api-key': key } });

describeEachDialect('authenticating a request', ({ app }) => {
  it('each 401 code is produced by its case, with WWW-Authenticate', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    const revoked = await aKey(t, owner);
    await t.request({ method: 'POST', url: `/api/keys/${revoked.id}/revoke`, as: owner });
    const expiring = await aKey(t, owner, { expires_in_days: 1 });
    const members = await aKey(t, member);
    await t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: owner, body: { disabled: true } });
    t.clock.advance(86_400_000);
    const good = generateKey();
    const cases: [string, Record<string, string>][] = [
      ['missing_api_key', {}],
      ['malformed_api_key', { 'x-api-key': 'ak_live_xxxxxxxxxxxx' }],
      ['malformed_api_key', { 'x-api-key': `${good.slice(0, 45)}${good[45] === 'a' ? 'b' : 'a'}` }],
      ['malformed_api_key', { 'x-api-key': 'x'.repeat(300) }],
      ['invalid_api_key', { 'x-api-key': good }],
      ['revoked_api_key', { 'x-api-key': revoked.key }],
      ['expired_api_key', { 'x-api-key': expiring.key }],
      ['owner_disabled', { 'x-api-key': members.key }],
    ];
    for (const [code, headers] of cases) {
      const res = await t.request({ url: '/api/contacts', headers });
      expect(res.statusCode, code).toBe(401);
      expect(res.headers['www-authenticate']).toBe('ApiKey header="X-API-Key"');
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe(code);
      expect(res.body).not.toContain(headers['x-api-key'] ?? '\u0000');
    }
  });

  it('a key with a wrong checksum or shape is refused with zero storage queries', async () => {
    const t = await app({ config: { failedAuthPerMinute: 1_000_000 } });
    const owner = await anOwner(t);
    const { key } = await aKey(t, owner);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 45 }),
        fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-'),
        async (i, ch) => {
          fc.pre(key[i] !== ch);
          const mutated = key.slice(0, i) + ch + key.slice(i + 1);
          const before = t.store.queryCount;
          const res = await me(t, mutated);
          expect(t.store.queryCount - before).toBe(0);
          expect(res.json().code).toBe('malformed_api_key');
        },
      ),
      { numRuns: 300 },
    );
    const before = t.store.queryCount;
    await me(t, key);
    expect(t.store.queryCount - before).toBeGreaterThan(0);
  });

  it('expiry boundary: valid at expires_at − 1 ms, expired_api_key at expires_at', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const expiresAt = new Date(t.clock.now() + 3_600_000).toISOString();
    const { key } = await aKey(t, owner, { expires_at: expiresAt });
    t.clock.set(Date.parse(expiresAt) - 1);
    expect((await me(t, key)).statusCode).toBe(200);
    t.clock.set(Date.parse(expiresAt));
    const res = await me(t, key);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('expired_api_key');
  });

  it('revoke, then call at once: revoked_api_key in 1,000 of 1,000 iterations; revoke is idempotent', async () => {
    const t = await app({ config: { maxActiveKeysPerUser: 2000, failedAuthPerMinute: 100_000 } });
    const owner = await anOwner(t);
    const iterations = 1000;
    let refused = 0;
    for (let i = 0; i < iterations; i++) {
      const { key, id } = await aKey(t, owner);
      expect((await me(t, key)).statusCode).toBe(200);
      const revoke = await t.request({ method: 'POST', url: `/api/keys/${id}/revoke`, as: owner });
      expect(revoke.statusCode).toBe(200);
      const after = await me(t, key);
      if (after.statusCode === 401 && after.json().code === 'revoked_api_key') refused++;
    }
    expect(refused).toBe(iterations);
  }, 120_000);

  it('revoking twice returns the same key object and writes one audit event', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const { id } = await aKey(t, owner);
    const first = await t.request({ method: 'POST', url: `/api/keys/${id}/revoke`, as: owner });
    t.clock.advance(5000);
    const second = await t.request({ method: 'POST', url: `/api/keys/${id}/revoke`, as: owner });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    expect(first.json()).toMatchObject({ status: 'revoked', revoked_at: expect.any(String) });
    const audit = await t.request({ url: `/api/audit?action=key.revoked&target=${id}`, as: owner });
    expect(audit.json().data).toHaveLength(1);
  });

  it('checksum examples from the docs hold', () => {
    expect(checksum('ak_live_00000000000000000000000000000000')).toMatch(/^[0-9A-Za-z]{6}$/);
  });
});
