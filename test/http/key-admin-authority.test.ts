import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { aKey, aUser, anOwner } from '../support/fixtures.js';

/** keys:admin is list, revoke and rate_limit only; ids one cannot see are 404. */
describeEachDialect('keys:admin does not stand in for keys:own', ({ app }) => {
  it('a key restricted to keys:admin cannot rename, re-fence or roll any key, its own included; it lists, revokes and sets rate limits', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const adminOnly = await aKey(t, owner, { restriction: ['keys:admin'] });
    const other = await aKey(t, owner, { restriction: ['keys:admin'] });
    const as = { key: adminOnly.key };
    for (const id of [adminOnly.id, other.id]) {
      const rename = await t.request({ method: 'PATCH', url: `/api/keys/${id}`, as, body: { name: 'renamed' } });
      expect(rename.statusCode, rename.body).toBe(403);
      expect(rename.json().code).toBe('insufficient_permission');
      const fence = await t.request({ method: 'PATCH', url: `/api/keys/${id}`, as, body: { allowed_ips: ['192.0.2.0/24'] } });
      expect(fence.statusCode, fence.body).toBe(403);
      const roll = await t.request({ method: 'POST', url: `/api/keys/${id}/roll`, as, body: {} });
      expect(roll.statusCode, roll.body).toBe(403);
      expect(roll.body).not.toContain('ak_live_');
    }
    const listed = await t.request({ url: '/api/keys?scope=workspace', as });
    expect(listed.statusCode).toBe(200);
    const limit = await t.request({ method: 'PATCH', url: `/api/keys/${other.id}`, as, body: { rate_limit: { per_minute: 5, per_second: 1 } } });
    expect(limit.statusCode, limit.body).toBe(200);
    expect((await t.request({ method: 'POST', url: `/api/keys/${other.id}/revoke`, as })).json().status).toBe('revoked');
    const names = (await t.request({ url: '/api/keys', as: owner })).json().data.map((k: { name: string }) => k.name);
    expect(names).not.toContain('renamed');
  });

  it("a credential without keys:own or keys:admin gets 404 for another user's existing key, as for an unknown id", async () => {
    const t = await app();
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    const contactsOnly = await aKey(t, member, { restriction: ['contacts:read'] });
    const ownersKey = await aKey(t, owner);
    const unknown = `key_${'0'.repeat(26)}`;
    for (const as of [{ key: contactsOnly.key }, member]) {
      for (const id of [ownersKey.id, unknown]) {
        for (const [method, url, body] of [
          ['GET', `/api/keys/${id}`, undefined],
          ['PATCH', `/api/keys/${id}`, { name: 'x' }],
          ['POST', `/api/keys/${id}/revoke`, undefined],
          ['POST', `/api/keys/${id}/roll`, {}],
        ] as const) {
          const res = await t.request({ method, url, as, body });
          expect(res.statusCode, `${method} ${url} ${res.body}`).toBe(404);
          expect(res.json().code).toBe('not_found');
        }
      }
    }
  });
});
