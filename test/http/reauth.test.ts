import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { PASSWORD, aKey, aUser, anOwner } from '../support/fixtures.js';

const MINUTE = 60_000;
const managementKey = { name: 'deploy bot', restriction: ['contacts:read', 'keys:own'] };

describeEachDialect('re-authentication before sensitive actions', ({ app }) => {
  it('a session older than the window gets 403 reauth_required on a keys:own key; after a password check the same request succeeds; an API key is never asked', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const minter = await aKey(t, owner, { restriction: ['keys:own', 'contacts:read'] });
    t.clock.advance(11 * MINUTE);

    const refused = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: managementKey });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('reauth_required');
    // Plain keys (no management permission) need no check.
    expect((await t.request({ method: 'POST', url: '/api/keys', as: owner, body: { name: 'read only', restriction: ['contacts:read'] } })).statusCode).toBe(
      201,
    );
    expect((await t.request({ method: 'POST', url: '/api/keys', as: minter, body: managementKey })).statusCode).toBe(201);

    const wrong = await t.request({ method: 'POST', url: '/auth/reauth', as: owner, body: { password: 'not my password!' } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('wrong_password');
    const ok = await t.request({ method: 'POST', url: '/auth/reauth', as: owner, body: { password: PASSWORD } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().reauth_until).toBe(new Date(t.clock.now() + 10 * MINUTE).toISOString());
    const retried = await t.request({ method: 'POST', url: '/api/keys', as: owner, body: managementKey });
    expect(retried.statusCode, retried.body).toBe(201);

    t.clock.advance(10 * MINUTE + 1);
    const roll = await t.request({ method: 'POST', url: `/api/keys/${retried.json().id}/roll`, as: owner, body: {} });
    expect(roll.json().code).toBe('reauth_required');
    expect((await t.request({ method: 'POST', url: `/api/keys/${minter.id}/roll`, as: minter, body: {} })).statusCode).toBe(201);
  });

  it('asks before a role change, a password reset, an allowlist change and a webhook; not before a rename', async () => {
    const t = await app({ config: { reauthWindowMs: 5 * MINUTE, webhookAllowPrivate: true } });
    const owner = await anOwner(t);
    const member = await aUser(t, owner, { role: 'member' });
    const key = await aKey(t, owner);
    t.clock.advance(6 * MINUTE);
    const attempts = [
      t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: owner, body: { role: 'viewer' } }),
      t.request({ method: 'POST', url: `/api/users/${member.user.id}/reset-password`, as: owner }),
      t.request({ method: 'PATCH', url: `/api/keys/${key.id}`, as: owner, body: { allowed_ips: ['192.0.2.0/24'] } }),
      t.request({ method: 'POST', url: '/api/webhooks', as: owner, body: { url: 'http://127.0.0.1:9/hooks', events: ['key.revoked'] } }),
      t.request({ method: 'POST', url: '/api/me/two-factor/setup', as: owner }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.json().code, res.body).toBe('reauth_required');
    expect((await t.request({ method: 'PATCH', url: `/api/keys/${key.id}`, as: owner, body: { name: 'renamed' } })).statusCode).toBe(200);
    expect((await t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: owner, body: { name: 'Renamed' } })).statusCode).toBe(200);
    expect((await t.request({ method: 'POST', url: '/auth/reauth', as: owner, body: { password: PASSWORD } })).statusCode).toBe(200);
    expect((await t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: owner, body: { role: 'viewer' } })).statusCode).toBe(200);
  });

  it('wrong passwords at re-authentication are limited like sign-in', async () => {
    const t = await app();
    const owner = await anOwner(t);
    for (let i = 0; i < 10; i++)
      expect((await t.request({ method: 'POST', url: '/auth/reauth', as: owner, body: { password: `wrong password ${i}` } })).statusCode).toBe(403);
    const locked = await t.request({ method: 'POST', url: '/auth/reauth', as: owner, body: { password: PASSWORD } });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('too_many_failed_attempts');
  });
});
