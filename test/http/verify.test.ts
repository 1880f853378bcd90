import { expect, it } from 'vitest';
import { generateKey } from '../../src/keys/key-format.js';
import { describeEachDialect } from '../support/app.js';
import { aKey, aUser, anOwner } from '../support/fixtures.js';
import { aProtectedApi } from '../support/protect.js';
import { expectProblem } from '../security/support.js';

const verify = (t: Awaited<ReturnType<Parameters<Parameters<typeof describeEachDialect>[1]>[0]['app']>>, as: { key: string }, body: Record<string, unknown>) =>
  t.request({ method: 'POST', url: '/api/verify', as, body });

describeEachDialect('the verify API', ({ app }) => {
  it("answers valid with the key's identity, permissions and limits; counts against the verified key", async () => {
    const t = await app();
    const owner = await anOwner(t);
    // A verifier speaks for many clients: its own limits are raised above the keys it verifies.
    const verifier = await aKey(t, owner, { restriction: ['keys:verify'], rate_limit: { per_minute: 1000, per_second: 100 } });
    const member = await aUser(t, owner, { role: 'member' });
    const k = await aKey(t, member);
    await aProtectedApi(t, owner, { rules: [{ method: 'GET', path: '/invoices/*', permission: 'contacts:read' }] });
    const res = await verify(t, verifier, { key: k.key, method: 'GET', path: '/invoices/7', ip: '198.51.100.4' });
    expect(res.statusCode, res.body).toBe(200);
    await t.kw.deps.lastUsed.flush();
    expect((await t.request({ url: `/api/keys/${k.id}`, as: member })).json().last_used_ip).toBe('198.51.100.4');
    expect(res.json()).toEqual({
      valid: true,
      key: { id: k.id, name: 'Test key', hint: k.object.hint },
      user: { id: member.user.id, email: member.user.email, name: member.user.name, role: 'member' },
      workspace_id: owner.workspace.id,
      permissions: ['contacts:read', 'contacts:write'],
      rate_limit: {
        limits: [
          { name: 'minute', limit: 100, window_seconds: 60, remaining: 99, reset_seconds: 60 },
          { name: 'second', limit: 10, window_seconds: 1, remaining: 9, reset_seconds: 1 },
        ],
        retry_after_seconds: null,
      },
    });
    // The verifier's own answer carries the verifier's limits, not the verified key's.
    expect(res.headers.ratelimit).toBe('"minute";r=999;t=60, "second";r=99;t=1');
    const refused = (await verify(t, verifier, { key: k.key, method: 'POST', path: '/invoices/7' })).json();
    expect(refused).toMatchObject({ valid: false, code: 'route_not_allowed', key: { id: k.id } });
    expect((await verify(t, verifier, { key: k.key, permission: 'contacts:delete' })).json()).toMatchObject({ valid: false, code: 'insufficient_permission' });
    expect((await verify(t, verifier, { key: k.key })).json()).toMatchObject({ valid: true });
    // A permission the workspace does not define is held by no one.
    expect((await verify(t, verifier, { key: k.key, permission: 'invoices:read' })).json()).toMatchObject({ valid: false, code: 'insufficient_permission' });
    for (let i = 0; i < 6; i++) await verify(t, verifier, { key: k.key });
    const limited = (await verify(t, verifier, { key: k.key })).json();
    expect(limited).toMatchObject({ valid: false, code: 'rate_limited', permissions: [], rate_limit: { retry_after_seconds: 1 } });
  });

  it("another workspace's key answers exactly like an unknown one, and spends nothing of that key", async () => {
    const t = await app();
    const a = await anOwner(t, { workspace: 'A' });
    const b = await anOwner(t, { workspace: 'B' });
    const aKeyOfA = await aKey(t, a);
    const verifierB = await aKey(t, b, { restriction: ['keys:verify'] });
    const foreign = await verify(t, verifierB, { key: aKeyOfA.key, permission: 'contacts:read' });
    const unknown = await verify(t, verifierB, { key: generateKey(), permission: 'contacts:read' });
    expect(foreign.statusCode).toBe(200);
    expect(foreign.body).toBe(unknown.body);
    expect(foreign.json()).toEqual({ valid: false, code: 'invalid_api_key', permissions: [], rate_limit: null });
    const me = await t.request({ url: '/api/me', as: aKeyOfA });
    expect(me.headers.ratelimit).toBe('"minute";r=99;t=60, "second";r=9;t=1');
  });

  it('failed verifications count against the verifier, not the address named', async () => {
    const t = await app({ config: { failedAuthPerMinute: 3 } });
    const owner = await anOwner(t);
    const verifier = await aKey(t, owner, { restriction: ['keys:verify'] });
    const other = await aKey(t, owner, { restriction: ['keys:verify'] });
    for (let i = 0; i < 3; i++) expect((await verify(t, verifier, { key: generateKey(), ip: '192.0.2.1' })).json().code).toBe('invalid_api_key');
    const locked = await verify(t, verifier, { key: generateKey(), ip: '192.0.2.2' });
    expectProblem(locked, 429, 'too_many_failed_attempts');
    expect(locked.headers['retry-after']).toBeDefined();
    expect((await verify(t, other, { key: generateKey(), ip: '192.0.2.1' })).json().code).toBe('invalid_api_key');
    const k = await aKey(t, owner);
    expect((await t.request({ url: '/api/me', as: k, ip: '192.0.2.1' })).statusCode).toBe(200);
  });

  it('needs a key restricted to keys:verify: an unrestricted key and a member get 403, a revoked verifier 401', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const k = await aKey(t, owner);
    const unrestricted = await aKey(t, owner);
    expect(expectProblem(await verify(t, unrestricted, { key: k.key }), 403, 'insufficient_permission').missing_permission).toBe('keys:verify');
    const member = await aUser(t, owner, { role: 'member' });
    expectProblem(await t.request({ method: 'POST', url: '/api/verify', as: member, body: { key: k.key } }), 403, 'insufficient_permission');
    const memberKey = await t.request({ method: 'POST', url: '/api/keys', as: member, body: { name: 'v', restriction: ['keys:verify'] } });
    expect(expectProblem(memberKey, 400, 'validation_error').errors[0].path).toBe('/restriction/0');
    const verifier = await aKey(t, owner, { restriction: ['keys:verify'] });
    expect((await verify(t, verifier, { key: k.key })).json().valid).toBe(true);
    expect((await t.request({ method: 'POST', url: `/api/keys/${verifier.id}/revoke`, as: owner })).statusCode).toBe(200);
    expectProblem(await verify(t, verifier, { key: k.key }), 401, 'revoked_api_key');
  });

  it('answers 400 naming the field for a method or host without a path, a bad address or permission', async () => {
    const t = await app();
    const owner = await anOwner(t);
    const verifier = await aKey(t, owner, { restriction: ['keys:verify'] });
    const key = generateKey();
    const cases: [Record<string, unknown>, string][] = [
      [{ key, method: 'GET' }, '/path'],
      [{ key, host: 'a.example.com' }, '/path'],
      [{ key, ip: '999.1.1.1' }, '/ip'],
      [{ key, ip: '1:2:3' }, '/ip'],
      [{ key, permission: 'users:everything' }, '/permission'],
    ];
    for (const [body, path] of cases) {
      const res = await verify(t, verifier, body);
      expect(res.statusCode, `${JSON.stringify(body)}: ${res.body}`).toBe(400);
      expect(expectProblem(res, 400, 'validation_error').errors[0].path, JSON.stringify(body)).toBe(path);
    }
  });
});
