import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { type IssuedKey, aKey, aUser, anOwner, login } from '../support/fixtures.js';

const DAY = 86_400_000;

describeEachDialect('last used means accepted requests', ({ app }) => {
  it('refused attempts (revoked, expired, disabled owner, outside the allowlist, over the limit) leave last used where the last accepted request put it', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    const keys: Record<string, IssuedKey> = {
      revoked: await aKey(t, owner, { name: 'revoked' }),
      expired: await aKey(t, owner, { name: 'expired', expires_in_days: 1 }),
      allowlisted: await aKey(t, owner, { name: 'allowlisted', allowed_ips: ['198.51.100.0/24'] }),
      limited: await aKey(t, owner, { name: 'limited', rate_limit: { per_minute: 1, per_second: 1 } }),
      disabledOwner: await aKey(t, member, { name: 'disabled owner' }),
    };
    const use = (k: IssuedKey, ip: string) => t.request({ url: '/api/me', headers: { 'x-api-key': k.key }, ip });
    for (const k of Object.values(keys)) expect((await use(k, '198.51.100.7')).statusCode).toBe(200);
    const acceptedAt = t.clock.now();
    await t.kw.deps.lastUsed.flush();

    t.clock.advance(60_000 - 1); // the limited key's one request a minute is still spent
    expect((await t.request({ method: 'POST', url: `/api/keys/${keys.revoked.id}/revoke`, as: owner })).statusCode).toBe(200);
    expect((await t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: owner, body: { disabled: true } })).statusCode).toBe(200);
    const refused = [
      [keys.revoked, 401],
      [keys.allowlisted, 403],
      [keys.limited, 429],
      [keys.disabledOwner, 401],
    ] as const;
    for (const [k, status] of refused) expect((await use(k, '203.0.113.9')).statusCode, k.object.name).toBe(status);
    t.clock.advance(2 * DAY); // sessions end too: the owner signs in again below
    expect((await use(keys.expired, '203.0.113.9')).statusCode).toBe(401);
    expect(t.kw.deps.lastUsed.size).toBe(0);
    await t.kw.deps.lastUsed.flush();

    const rows = (await t.request({ url: '/api/keys?scope=workspace', as: await login(t, owner.user.email) })).json().data as {
      id: string;
      last_used_at: string;
      last_used_ip: string;
    }[];
    for (const k of Object.values(keys)) {
      const row = rows.find((r) => r.id === k.id);
      expect(row, k.object.name).toMatchObject({ last_used_at: new Date(acceptedAt).toISOString(), last_used_ip: '198.51.100.7' });
    }
  });

  it('an accepted request moves it, whatever the route then answers (a 403 for a missing permission is still a use)', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner, { restriction: ['contacts:read'] });
    t.clock.advance(5_000);
    const res = await t.request({ method: 'POST', url: '/api/contacts', headers: { 'x-api-key': k.key }, body: { name: 'Ada' }, ip: '192.0.2.4' });
    expect(res.statusCode).toBe(403);
    await t.kw.deps.lastUsed.flush();
    expect(await t.store.keys.get(owner.workspace.id, k.id)).toMatchObject({ lastUsedAt: t.clock.now(), lastUsedIp: '192.0.2.4' });
  });
});
