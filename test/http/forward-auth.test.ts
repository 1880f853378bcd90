import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { aKey, aUser, anOwner } from '../support/fixtures.js';
import { aProtectedApi, forward, identityOf } from '../support/protect.js';
import { expectProblem } from '../security/support.js';

const NO_IDENTITY = { user: '', email: '', workspace: '', key: '', permissions: '' };

describeEachDialect('forward-auth', ({ app }) => {
  it('a valid key gets 200 with every identity header, its permissions and the RateLimit fields', async () => {
    const t = await app();
    const owner = await anOwner(t);
    await aProtectedApi(t, owner);
    const k = await aKey(t, owner);
    const res = await forward(t, k.key, { method: 'GET', uri: '/invoices/1?page=2', host: 'billing.example.com' });
    expect(res.statusCode, res.body).toBe(200);
    expect(identityOf(res)).toEqual({
      user: owner.user.id,
      email: owner.user.email,
      workspace: owner.workspace.id,
      key: k.id,
      permissions: 'contacts:delete,contacts:read,contacts:write',
    });
    expect(res.headers['keyward-status']).toBe('200');
    expect(res.headers['ratelimit-policy']).toBe('"minute";q=100;w=60, "second";q=10;w=1');
    expect(res.headers.ratelimit).toBe('"minute";r=99;t=60, "second";r=9;t=1');
    expect(res.body).toBe('');
  });

  it('nginx headers and Authorization: Bearer work too; any method of /auth/forward answers', async () => {
    const t = await app();
    const owner = await anOwner(t);
    await aProtectedApi(t, owner, { rules: [{ method: 'POST', path: '/invoices', permission: 'contacts:write' }] });
    const k = await aKey(t, owner);
    const headers = { authorization: `Bearer ${k.key}`, 'x-original-method': 'POST', 'x-original-uri': '/invoices' };
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'] as const) {
      const res = await t.request({ method, url: '/auth/forward', headers, payload: method === 'POST' ? 'any body at all' : undefined });
      expect(res.statusCode, `${method} ${res.body}`).toBe(200);
      expect(res.headers['keyward-key-id']).toBe(k.id);
    }
  });

  it('no key, a malformed, unknown or revoked key: 401 with empty identity headers; revocation counts at once', async () => {
    const t = await app();
    const owner = await anOwner(t);
    await aProtectedApi(t, owner);
    const k = await aKey(t, owner);
    expect((await forward(t, k.key, { uri: '/x' })).statusCode).toBe(200);
    const missing = await forward(t, undefined, { uri: '/x' });
    expectProblem(missing, 401, 'missing_api_key');
    expect(identityOf(missing)).toEqual(NO_IDENTITY);
    expect(missing.headers['www-authenticate']).toBe('ApiKey header="X-API-Key"');
    expectProblem(await forward(t, 'ak_live_nope', { uri: '/x' }), 401, 'malformed_api_key');
    expect((await t.request({ method: 'POST', url: `/api/keys/${k.id}/revoke`, as: owner })).statusCode).toBe(200);
    const revoked = await forward(t, k.key, { uri: '/x', nginx: true });
    expectProblem(revoked, 401, 'revoked_api_key');
    expect(revoked.headers['keyward-status']).toBe('401');
    expect(identityOf(revoked)).toEqual(NO_IDENTITY);
  });

  it('the 11th request in a second: 429 with Retry-After, RateLimit fields and the problem; nginx gets 403 with Keyward-Status: 429', async () => {
    const t = await app();
    const owner = await anOwner(t);
    await aProtectedApi(t, owner);
    const k = await aKey(t, owner);
    for (let i = 0; i < 10; i++) expect((await forward(t, k.key, { uri: '/x' })).statusCode).toBe(200);
    const limited = await forward(t, k.key, { uri: '/x' });
    const body = expectProblem(limited, 429, 'rate_limited');
    expect(body.limit).toBe('second');
    expect(limited.headers['retry-after']).toBe('1');
    expect(limited.headers.ratelimit).toBe('"minute";r=90;t=60, "second";r=0;t=1');
    expect(limited.headers['keyward-status']).toBe('429');
    expect(identityOf(limited)).toEqual(NO_IDENTITY);
    const viaNginx = await forward(t, k.key, { uri: '/x', nginx: true });
    expect(viaNginx.statusCode).toBe(403);
    expect(viaNginx.headers['keyward-status']).toBe('429');
    expect(viaNginx.headers['retry-after']).toBe('1');
    expect(JSON.parse(viaNginx.body)).toMatchObject({ status: 429, code: 'rate_limited' });
  });

  it('a route needing a permission the key lacks → 403 insufficient_permission; an unmatched route → 403 route_not_allowed', async () => {
    const t = await app();
    const owner = await anOwner(t);
    await aProtectedApi(t, owner, {
      path_prefix: '/contacts',
      rules: [
        { method: 'GET', path: '/contacts/**', permission: 'contacts:read' },
        { method: 'POST', path: '/contacts', permission: 'contacts:write' },
      ],
    });
    const k = await aKey(t, owner, { restriction: ['contacts:read'] });
    expect((await forward(t, k.key, { method: 'GET', uri: '/contacts/1' })).statusCode).toBe(200);
    const write = await forward(t, k.key, { method: 'POST', uri: '/contacts' });
    expect(expectProblem(write, 403, 'insufficient_permission').missing_permission).toBe('contacts:write');
    expect(write.headers.ratelimit).toBeDefined();
    expect(identityOf(write)).toEqual(NO_IDENTITY);
    expectProblem(await forward(t, k.key, { method: 'DELETE', uri: '/contacts/1' }), 403, 'route_not_allowed');
    expectProblem(await forward(t, k.key, { method: 'GET', uri: '/elsewhere' }), 403, 'route_not_allowed');
  });

  it('no protected API at all: every request is refused', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    expectProblem(await forward(t, k.key, { uri: '/' }), 403, 'route_not_allowed');
  });

  it("demoting the key's owner takes effect on the next request; a rule change too", async () => {
    const t = await app();
    const owner = await anOwner(t);
    const admin = await aUser(t, owner, { role: 'admin' });
    const api = await aProtectedApi(t, owner, { rules: [{ method: 'DELETE', path: '/contacts/*', permission: 'contacts:delete' }] });
    const k = await aKey(t, admin);
    expect((await forward(t, k.key, { method: 'DELETE', uri: '/contacts/1' })).statusCode).toBe(200);
    expect((await t.request({ method: 'PATCH', url: `/api/users/${admin.user.id}`, as: owner, body: { role: 'member' } })).statusCode).toBe(200);
    expectProblem(await forward(t, k.key, { method: 'DELETE', uri: '/contacts/1' }), 403, 'insufficient_permission');
    const patch = { rules: [{ method: 'DELETE', path: '/contacts/*', permission: 'contacts:write' }] };
    expect((await t.request({ method: 'PATCH', url: `/api/protected-apis/${api.id}`, as: owner, body: patch })).statusCode).toBe(200);
    expect((await forward(t, k.key, { method: 'DELETE', uri: '/contacts/1' })).statusCode).toBe(200);
  });

  it('counts in usage, last used and new-address detection like a direct call', async () => {
    const t = await app();
    const owner = await anOwner(t);
    await aProtectedApi(t, owner, { rules: [{ method: 'GET', path: '/**', permission: 'contacts:read' }] });
    const k = await aKey(t, owner);
    expect((await forward(t, k.key, { uri: '/a', ip: '203.0.113.7' })).statusCode).toBe(200);
    expect((await forward(t, k.key, { method: 'POST', uri: '/a', ip: '203.0.113.7' })).statusCode).toBe(403);
    await t.kw.deps.lastUsed.flush();
    const key = (await t.request({ url: `/api/keys/${k.id}`, as: owner })).json();
    expect(key.last_used_ip).toBe('203.0.113.7');
    expect(key.last_used_at).not.toBeNull();
    const usage = (await t.request({ url: `/api/keys/${k.id}/usage`, as: owner })).json();
    expect(JSON.stringify(usage)).toMatch(/"requests":2/);
    expect(JSON.stringify(usage)).toMatch(/"client_errors":1/);
  });
});
